/// The hash of every byte-keyed look-up table (`ByteKeyTable`, the scorer's `WordIndex` and
/// `PhraseIndex`): one per token key, computed once per token and reused for the word look-up,
/// language evidence and multiword expressions (whose hash combines the hashes of their tokens, so
/// no joined key is ever built on the hot path).
///
/// Eight bytes at a time with a multiply-xorshift mix (the finaliser of MurmurHash3, Appleby 2011):
/// keys are short, so this costs a few multiplications where byte-at-a-time FNV-1a costs one per byte.
public enum KeyHash {
    /// The hash of the bytes of `key`. Reads only those bytes.
    @inlinable @inline(__always)
    public static func of(_ key: BufferView<UInt8>) -> UInt32 {
        let count = key.count
        var h = seed(count)
        var i = 0
        while i + 8 <= count {
            h = mix(h, key.loadWord(at: i))
            i += 8
        }
        if i < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                word |= UInt64(key[i]) << shift
                shift += 8
                i += 1
            }
            h = mixTail(h, word)
        }
        return finish(h)
    }

    /// The hash of the bytes of `key` (building tables; the hot path hashes views).
    public static func of(_ key: [UInt8]) -> UInt32 {
        BufferView.borrowing(key) { of($0) }
    }

    /// The same hash for a key inside `arena` that has at least 8 readable bytes after the key's
    /// start (the token arena keeps 16 spare bytes): the last partial word is read in one load and
    /// masked instead of assembled byte by byte.
    @inlinable @inline(__always)
    public static func of(_ arena: BufferView<UInt8>, start: Int, count: Int) -> UInt32 {
        let end = start + count
        guard end + 8 <= arena.count else { return of(arena.extracting(start..<end)) }
        var h = seed(count)
        var i = start
        while i &+ 8 <= end {
            h = mix(h, arena.loadWord(at: i))
            i &+= 8
        }
        if i < end {
            // 1 to 7 bytes remain: the mask's shift is 8 to 56, so the wrapping and masking
            // operators spare the overflow and oversized-shift checks of the plain ones.
            let word = arena.loadWord(at: i)
            h = mixTail(h, word & (~UInt64(0) &>> (64 &- 8 &* UInt64(truncatingIfNeeded: end &- i))))
        }
        return finish(h)
    }

    @inlinable @inline(__always) static func seed(_ count: Int) -> UInt64 {
        0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    }

    /// One full 8-byte word, already in the byte order the tail is assembled in (little-endian).
    @inlinable @inline(__always) static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 32)
    }

    @inlinable @inline(__always) static func mixTail(_ h: UInt64, _ word: UInt64) -> UInt64 {
        (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
    }

    @inlinable @inline(__always) static func finish(_ h: UInt64) -> UInt32 {
        var h = h ^ (h >> 29)
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// The hash of a multiword key from the hash so far and the next token's hash (order matters:
    /// `not bad` and `bad not` differ).
    @inlinable @inline(__always)
    public static func combine(_ hash: UInt32, _ next: UInt32) -> UInt32 {
        var h = (UInt64(hash) << 32 | UInt64(next)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return UInt32(truncatingIfNeeded: h >> 16)
    }
}
