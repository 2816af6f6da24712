/// A short fixed cell (a language or label name between tabs, an emotion name and its colon)
/// packed into two little-endian words, so that a row writes it in two stores instead of a byte loop
/// (`StreamBuffer.append(_:)`).
struct PackedCell {
    let low: UInt64
    let high: UInt64
    let count: Int

    /// `text`, at most 16 bytes of UTF-8.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        precondition(bytes.count <= 16, "a packed cell holds at most 16 bytes")
        var words: [UInt64] = [0, 0]
        for (k, byte) in bytes.enumerated() { words[k / 8] |= UInt64(byte) << (8 * UInt64(k % 8)) }
        low = UInt64(littleEndian: words[0])
        high = UInt64(littleEndian: words[1])
        count = bytes.count
    }
}
