/// Bounds the nesting of a JSON text before it reaches `JSONSerialization`, whose parser and whose
/// consumers here recurse once per level: 100,000 `[` in a chat export must neither exhaust the
/// stack nor lose the messages beside them.
///
/// A value that would open deeper than `maximumDepth` is replaced by `null`, with everything inside
/// it; the rest of the document stays as it was. A pure byte scan (strings and escapes followed, no
/// parse), done once per document.
enum JSONNestingLimit {
    /// Chat exports and JSON-LD blocks nest a handful of levels; 256 leaves room for any real one and
    /// stays below the depth at which `JSONSerialization` gives up on the whole document.
    static let maximumDepth = 256

    /// `bytes` with every value nested deeper than `maximumDepth` replaced by `null`, and the byte
    /// offset of the first such value; `bytes` itself, and `nil`, when nothing is that deep.
    static func limit(_ bytes: [UInt8]) -> (bytes: [UInt8], tooDeepAt: Int?) {
        var out: [UInt8] = []
        var first: Int?
        var depth = 0
        var skipping = 0  // depth inside a dropped value; 0 when copying
        var copiedUpTo = 0
        var inString = false
        var escaped = false
        for index in bytes.indices {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if skipping > 0 {
                    skipping += 1
                } else if depth == maximumDepth {
                    if first == nil {
                        first = index
                        out.reserveCapacity(bytes.count)
                    }
                    out.append(contentsOf: bytes[copiedUpTo..<index])
                    out.append(contentsOf: "null".utf8)
                    skipping = 1
                } else {
                    depth += 1
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if skipping > 0 {
                    skipping -= 1
                    if skipping == 0 { copiedUpTo = index + 1 }
                } else if depth > 0 {
                    depth -= 1
                }
            default:
                break
            }
        }
        guard let first else { return (bytes, nil) }
        // A dropped value still open at the end (truncated input) takes the rest with it.
        if skipping == 0 { out.append(contentsOf: bytes[copiedUpTo...]) }
        return (out, first)
    }

    /// The warning for a document (or line) whose values nested too deep were dropped.
    static func reason(at offset: Int) -> String {
        "JSON nesting deeper than \(maximumDepth) levels at byte \(offset); the deeper values were dropped"
    }
}
