/// The hash of the scorer's look-up tables: one per token key, computed once per token and reused
/// for the word look-up, language evidence and multiword expressions (whose hash combines the hashes
/// of their tokens, so no joined key is ever built on the hot path).
///
/// Eight bytes at a time with a multiply-xorshift mix (the finaliser of MurmurHash3, Appleby 2011):
/// keys are short, so this costs a few multiplications where byte-at-a-time FNV-1a costs one per byte.
enum KeyHash {
    /// The hash of the bytes of `key`. Reads only those bytes.
    @inline(__always) static func of(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = key.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var i = 0
        let raw = UnsafeRawBufferPointer(key)
        while i + 8 <= count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
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
            h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// The hash of a multiword key from the hash so far and the next token's hash (order matters:
    /// `not bad` and `bad not` differ).
    @inline(__always) static func combine(_ hash: UInt32, _ next: UInt32) -> UInt32 {
        var h = (UInt64(hash) << 32 | UInt64(next)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return UInt32(truncatingIfNeeded: h >> 16)
    }
}
