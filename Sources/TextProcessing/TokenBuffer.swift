/// Reusable storage for the byte tokenizer: tokens and one arena for all their folded keys.
///
/// Reset and refill it for each text so that a stream of texts is tokenised without allocating once
/// the buffers have grown to the longest text.
public struct TokenBuffer: Sendable {
    /// Tokens in text order.
    public internal(set) var tokens = TokenList()
    /// Folded keys of all tokens, back to back (lowercase ASCII for Latin text), in slots
    /// `0..<keyCount`; the bytes after `keyCount` are spare arena space (the tokenizer writes into
    /// it without zero-filling it again for every text). Read keys through token ranges.
    public internal(set) var keys = GrowBuffer<UInt8>(blank: 0, capacity: 512)
    /// Number of key bytes in use at the start of `keys`.
    public internal(set) var keyCount = 0
    /// True when the tokenizer skipped an invalid UTF-8 byte of the text: a reader of raw bytes
    /// (`verbatim score`) then scores the text as a `String` would read it (U+FFFD), as `analyze` does.
    public internal(set) var hasInvalidUTF8 = false

    /// An empty buffer sized for short texts.
    public init() {}

    /// Forgets the tokens, keeps the capacity.
    public mutating func removeAll() {
        tokens.removeAll()
        keyCount = 0
        hasInvalidUTF8 = false
    }

    /// Calls `body` with the whole key arena (its capacity: the tokenizer keeps 16 readable bytes
    /// after the last key, for word-sized loads) as a view; valid only during the call.
    @inlinable
    public func withKeys<R>(_ body: (BufferView<UInt8>) throws -> R) rethrows -> R {
        try keys.withView(count: keys.capacity, body)
    }

    /// The whole key arena as a view, without a closure: valid only until the buffer next
    /// changes (see `GrowBuffer.view(count:)`); do not store it.
    @inlinable public var keysView: BufferView<UInt8> { keys.view(count: keys.capacity) }

    /// The folded key of `token` as a `String` (for the phrase matchers' tokens, display and tests).
    public func keyString(_ token: RawToken) -> String {
        withKeys { $0.extracting(Int(token.keyStart)..<Int(token.keyEnd)).decodedString() }
    }

    /// True when the key of `token` equals the ASCII string `literal`.
    public func key(_ token: RawToken, equals literal: StaticString) -> Bool {
        guard token.keyLength == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { expected in
            var index = Int(token.keyStart)
            for byte in expected {
                if keys[index] != byte { return false }
                index += 1
            }
            return true
        }
    }
}
