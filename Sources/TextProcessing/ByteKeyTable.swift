/// A set of byte strings (folded keys) answering "which entry is this key?" without building a
/// `String`: the look-up structure of the lexicons and of language identification.
///
/// Entries are numbered in insertion order; callers keep their payloads in arrays indexed by it.
/// The same table as the scorer's `WordIndex`: `KeyHash` over `HashSlots`.
public struct ByteKeyTable: Sendable {
    private var slots: HashSlots
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var arena: [UInt8] = []

    /// Number of keys.
    public var count: Int { keyStarts.count }

    /// An empty table.
    public init(minimumCapacity: Int = 64) {
        slots = HashSlots(capacity: minimumCapacity)
    }

    /// The entry number of `key`, inserting it when new.
    @discardableResult
    public mutating func insert(_ key: String) -> (index: Int, inserted: Bool) {
        insert(Array(key.utf8))
    }

    /// The entry number of the bytes `key`, inserting it when new.
    @discardableResult
    public mutating func insert(_ key: [UInt8]) -> (index: Int, inserted: Bool) {
        if let existing = find(key) { return (existing, false) }
        let index = count
        keyStarts.append(Int32(arena.count))
        keyLengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        slots.add(record: index, hash: KeyHash.of(key))
        return (index, true)
    }

    /// The entry number of `key`, `nil` when absent. Allocation-free.
    @inline(__always)
    public func find(_ key: BufferView<UInt8>) -> Int? {
        let hash = KeyHash.of(key)
        let found = BufferView.borrowing(arena) { arena in
            slots.first(hash: hash) { entry in
                guard Int(keyLengths[entry]) == key.count else { return false }
                let start = Int(keyStarts[entry])
                for k in 0..<key.count where arena[start + k] != key[k] { return false }
                return true
            }
        }
        return found >= 0 ? found : nil
    }

    /// The entry number of the bytes of `key`, `nil` when absent.
    public func find(_ key: Span<UInt8>) -> Int? {
        BufferView.borrowing(key) { find($0) }
    }

    /// The entry number of the bytes `key`, `nil` when absent.
    public func find(_ key: [UInt8]) -> Int? {
        BufferView.borrowing(key) { find($0) }
    }

    /// The entry number of the `String` key, `nil` when absent.
    public func find(_ key: String) -> Int? {
        find(Array(key.utf8))
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
