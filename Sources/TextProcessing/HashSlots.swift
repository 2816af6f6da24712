/// The open-addressing slot array of every byte-keyed look-up table (`ByteKeyTable`, the scorer's
/// `WordIndex` and `PhraseIndex`): each slot packs a key's 32-bit `KeyHash` with its record number,
/// so a probe reads one 8-byte word and compares hashes before any key byte is touched. Linear
/// probing, load ≤ 0.5. The caller keeps the keys and compares them in `first(hash:where:)`.
public struct HashSlots: Sendable {
    /// `hash << 32 | (record + 1)`; 0 is an empty slot.
    @usableFromInline private(set) var slots: [UInt64]
    @usableFromInline private(set) var mask: Int
    /// Number of records.
    public private(set) var count = 0

    /// An empty table for about `capacity` records.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// Records `record` under `hash` (the caller has checked that its key is new).
    public mutating func add(record: Int, hash: UInt32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(record + 1))
        count += 1
    }

    private mutating func place(_ value: UInt64) {
        var slot = Int(value >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = value
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for value in old where value != 0 { place(value) }
    }

    /// The slot word a probe for `hash` reads first (for `first(hash:home:where:)`).
    @inlinable @inline(__always)
    public func home(_ hash: UInt32) -> UInt64 {
        BufferView.borrowing(slots) { $0[Int(hash) & mask] }
    }

    /// Calls `matches` on each record stored under `hash`, in probe order, until it returns true:
    /// that record's number, or -1.
    @inlinable @inline(__always)
    public func first(hash: UInt32, where matches: (Int) -> Bool) -> Int {
        first(hash: hash, home: home(hash), where: matches)
    }

    /// The same when the first slot word, `home(hash)`, was read beforehand: a caller with many
    /// keys reads all their first slots in one loop, whose loads (and cache misses) overlap, then
    /// probes.
    @inlinable @inline(__always)
    public func first(hash: UInt32, home: UInt64, where matches: (Int) -> Bool) -> Int {
        BufferView.borrowing(slots) { slots in
            var slot = Int(hash) & mask
            var value = home
            while true {
                if value == 0 { return -1 }
                if UInt32(truncatingIfNeeded: value >> 32) == hash {
                    let record = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) &- 1
                    if matches(record) { return record }
                }
                slot = (slot &+ 1) & mask
                value = slots[slot]
            }
        }
    }
}
