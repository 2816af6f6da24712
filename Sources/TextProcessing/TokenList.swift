/// The tokens of a `TokenBuffer`: a collection over the first `count` slots of grow-only storage.
///
/// The tokenizer writes each text's tokens straight into the storage, and emptying the list only
/// resets `count`: an `[RawToken]` cost a copy from a staging area, a uniqueness check and a
/// `removeAll(keepingCapacity:)` for every text of a stream.
public struct TokenList: RandomAccessCollection, Sendable {
    /// Slots `0..<count` are the tokens; the rest are spare room.
    @usableFromInline private(set) var storage = GrowBuffer(
        blank: RawToken(kind: .word, flags: RawToken.Flags(), start: 0, end: 0, keyStart: 0, keyEnd: 0))
    public private(set) var count = 0

    init() {}

    // Inlinable so that the scorer's loops over the tokens, in other modules, are specialised.
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable public subscript(position: Int) -> RawToken {
        precondition(position >= 0 && position < count, "token index out of range")
        return storage[position]
    }

    /// Calls `body` with the tokens as a view (valid only during the call: do not escape it).
    @inlinable
    public func withView<R>(_ body: (BufferView<RawToken>) throws -> R) rethrows -> R {
        try storage.withView(count: count, body)
    }

    /// The tokens as a view, without a closure: valid only until the list next changes (see
    /// `GrowBuffer.view(count:)`); do not store it.
    @inlinable public var view: BufferView<RawToken> { storage.view(count: count) }

    /// Forgets the tokens, keeps the storage.
    mutating func removeAll() { count = 0 }

    /// Calls `write` with room for `room` more tokens after the current ones; `write` returns how
    /// many it wrote (at most `room`, asserted).
    mutating func append(upTo room: Int, _ write: (MutableBufferView<RawToken>) -> Int) {
        let start = count
        let written = storage.withMutableView(count: start + room) { slots in
            write(slots.extracting(start..<(start + room)))
        }
        assert(written >= 0 && written <= room, "the tokenizer wrote beyond its room")
        count += written
    }
}
