/// An open-addressing hash set of byte strings (folded keys), answering "which entry is this key?"
/// without building a `String`: the look-up structure of every lexicon on the scoring hot path.
///
/// Entries are numbered in insertion order; callers keep their payloads in arrays indexed by it.
/// FNV-1a hashing, linear probing, load factor ≤ 0.5.
public struct ByteKeyTable: Sendable {
    private var slots: [Int32]
    private var slotHashes: [UInt32]
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// Number of keys.
    public var count: Int { keyStarts.count }

    /// An empty table.
    public init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        slotHashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes {
            h ^= UInt32(byte)
            h = h &* 16_777_619
        }
        return h
    }

    /// The entry number of `key`, inserting it when new.
    @discardableResult
    public mutating func insert(_ key: String) -> (index: Int, inserted: Bool) {
        var copy = key
        return copy.withUTF8 { insert($0) }
    }

    /// The entry number of the bytes `key`, inserting it when new.
    @discardableResult
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if let existing = find(key) { return (existing, false) }
        if (count + 1) * 2 > slots.count { grow() }
        let index = count
        keyStarts.append(Int32(arena.count))
        keyLengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        place(index: index, hash: Self.hash(key))
        return (index, true)
    }

    private mutating func place(index: Int, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
        slotHashes[slot] = hash
    }

    private mutating func grow() {
        let size = slots.count * 2
        let oldHashes = zip(slots, slotHashes).filter { $0.0 >= 0 }
        slots = [Int32](repeating: -1, count: size)
        slotHashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (index, hash) in oldHashes { place(index: Int(index), hash: hash) }
    }

    /// The entry number of `key`, `nil` when absent. Allocation-free.
    @inline(__always)
    public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            slotHashes.withUnsafeBufferPointer { hashes in
                arena.withUnsafeBufferPointer { arena in
                    while true {
                        let entry = Int(slots[slot])
                        if entry < 0 { return nil }
                        if hashes[slot] == hash && Int(keyLengths[entry]) == key.count {
                            let start = Int(keyStarts[entry])
                            var equal = true
                            for k in 0..<key.count where arena[start + k] != key[k] {
                                equal = false
                                break
                            }
                            if equal { return entry }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The entry number of the `String` key, `nil` when absent.
    public func find(_ key: String) -> Int? {
        var copy = key
        return copy.withUTF8 { find($0) }
    }

    /// The key bytes of entry `index` (for building other indexes over the same keys).
    public func keyBytes(at index: Int) -> [UInt8] {
        let start = Int(keyStarts[index])
        return Array(arena[start..<(start + Int(keyLengths[index]))])
    }

    /// The key of entry `index`.
    public func key(at index: Int) -> String {
        let start = Int(keyStarts[index])
        return String(decoding: arena[start..<(start + Int(keyLengths[index]))], as: UTF8.self)
    }
}
