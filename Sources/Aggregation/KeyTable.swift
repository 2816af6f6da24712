import VerbatimModel

/// The distinct keys a `PersonDirectory` met, each numbered in the order it came: their UTF-8
/// bytes end to end in one buffer, found again through an open-addressing table of their numbers
/// (issue 17).
///
/// Why not `[String: Int32]` and `[String]`: a key is 22 bytes (`email:` and 16 hex digits), too
/// long for a small string, so each was a heap object, held twice, plus a dictionary entry: about
/// 150 bytes a key, the directory the largest table of a run that grows with its corpus. Here a key
/// costs its bytes, an 8-byte end and 8 to 16 bytes of table. Lookups stay exact: a probe compares
/// the stored bytes, never only a hash, so two keys are never taken for one.
struct KeyTable: Sendable {
    /// Every key's UTF-8 bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each key ends in `bytes` (it starts where the previous one ends).
    private var ends: [Int] = []
    /// Open addressing with linear probing: a key's number plus one, 0 for an empty slot. A power
    /// of two long, at most half full, so that a probe ends after a slot or two.
    private var slots: [Int32] = []

    /// Keys held.
    var count: Int { ends.count }

    /// The number of `key`, and whether it was added now.
    mutating func insert(_ key: String) -> (number: Int32, isNew: Bool) {
        if slots.isEmpty || (ends.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: key.utf8, mask: mask)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if range(of: Int(number)).count == key.utf8.count, bytes[range(of: Int(number))].elementsEqual(key.utf8) {
                return (number, false)
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(truncatingIfNeeded: ends.count)
        bytes.append(contentsOf: key.utf8)
        ends.append(bytes.count)
        slots[slot] = number + 1
        return (number, true)
    }

    /// The key numbered `number` (`insert`).
    func key(_ number: Int32) -> String {
        guard ends.indices.contains(Int(number)) else { return "" }
        return String(decoding: bytes[range(of: Int(number))], as: UTF8.self)
    }

    private func range(of number: Int) -> Range<Int> {
        (number == 0 ? 0 : ends[number - 1])..<ends[number]
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(1024, slots.count * 2))
        let mask = slots.count - 1
        for number in ends.indices {
            var slot = Self.slot(of: bytes[range(of: number)], mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number) + 1
        }
    }

    /// FNV-1a (`StableHash`), whose low bits alone cluster on look-alike keys, followed by
    /// MurmurHash3's `fmix64` avalanche step (Appleby, public domain), then masked to the table.
    private static func slot(of bytes: some Sequence<UInt8>, mask: Int) -> Int {
        var x = StableHash.value(of: bytes)
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return Int(truncatingIfNeeded: x) & mask
    }
}
