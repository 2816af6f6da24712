/// The tokens of a `TokenBuffer`: a collection over the first `count` slots of grow-only storage.
///
/// The tokenizer writes each text's tokens straight into the storage, and emptying the list only
/// resets `count`: an `[RawToken]` cost a copy from a staging area, a uniqueness check and a
/// `removeAll(keepingCapacity:)` for every text of a stream.
public struct TokenList: RandomAccessCollection, Sendable {
    /// Slots `0..<count` are the tokens; the rest are spare room.
    @usableFromInline private(set) var storage: [RawToken] = []
    public private(set) var count = 0

    init() {}

    // Inlinable so that the scorer's loops over the tokens, in other modules, are specialised.
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable public subscript(position: Int) -> RawToken {
        precondition(position >= 0 && position < count, "token index out of range")
        return storage[position]
    }

    /// Calls `body` with the tokens as a buffer (valid only during the call).
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<RawToken>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Forgets the tokens, keeps the storage.
    mutating func removeAll() { count = 0 }

    /// Calls `write` with room for `room` more tokens after the current ones; `write` returns how
    /// many it wrote.
    mutating func append(upTo room: Int, _ write: (UnsafeMutableBufferPointer<RawToken>) -> Int) {
        let needed = count + room
        if storage.count < needed {
            let blank = RawToken(kind: .word, flags: RawToken.Flags(), start: 0, end: 0, keyStart: 0, keyEnd: 0)
            storage.append(contentsOf: repeatElement(blank, count: Swift.max(needed - storage.count, 64)))
        }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer {
            write(UnsafeMutableBufferPointer(rebasing: $0[start..<needed]))
        }
        count += written
    }
}
