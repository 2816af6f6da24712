/// The header block of a message or MIME part (RFC 5322 §2.2), unfolded, with lowercased names.
///
/// Values are kept as raw bytes until asked for, so that a mailbox scan only decodes the few
/// headers the reader needs.
struct MailHeaders: Sendable {
    /// One header field: its lowercased name and the byte range of its (folded) value.
    struct Field: Sendable {
        var name: String
        var value: Range<Int>
    }

    /// Fields in message order.
    var fields: [Field] = []
    /// Index of the first byte of the body (after the blank line), or the end of the input.
    var bodyStart: Int
    /// Lines in the header block that were neither a field nor a continuation.
    var malformedLines = 0

    /// Parses the header block that starts at `range.lowerBound` of `bytes`.
    init(parsing bytes: [UInt8], in range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        bodyStart = end
        var lineNumber = 0
        while index < end {
            let lineStart = index
            var lineEnd = index
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            defer { lineNumber += 1 }
            if contentEnd == lineStart {
                bodyStart = next
                return
            }
            let first = bytes[lineStart]
            if first == 0x20 || first == 0x09 {
                if var last = fields.popLast() {
                    last.value = last.value.lowerBound..<contentEnd
                    fields.append(last)
                } else {
                    malformedLines += 1
                }
                index = next
                continue
            }
            // An mbox postmark or a Maildir `From ` line before the fields is not a header.
            if lineNumber == 0, contentEnd - lineStart >= 5, bytes[lineStart..<lineStart + 5].elementsEqual("From ".utf8) {
                index = next
                continue
            }
            var colon = lineStart
            while colon < contentEnd, bytes[colon] != UInt8(ascii: ":"), bytes[colon] > 0x20, bytes[colon] < 0x7F {
                colon += 1
            }
            // Tolerate `Name : value` (space before the colon), which old mailers write.
            let nameEnd = colon
            while colon < contentEnd, bytes[colon] == 0x20 || bytes[colon] == 0x09 { colon += 1 }
            if colon < contentEnd, bytes[colon] == UInt8(ascii: ":"), nameEnd > lineStart {
                var valueStart = colon + 1
                while valueStart < contentEnd, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
                let name = String(decoding: bytes[lineStart..<nameEnd], as: UTF8.self).lowercased()
                fields.append(Field(name: name, value: valueStart..<max(valueStart, contentEnd)))
            } else {
                malformedLines += 1
                // A body that starts without a blank line, or no header at all: the block has ended.
                if !fields.isEmpty || malformedLines > 1 {
                    bodyStart = lineStart
                    return
                }
            }
            index = next
        }
    }

    /// The raw bytes of the first field named `name` (lowercase), unfolded.
    func rawValue(_ name: String, in bytes: [UInt8]) -> String? {
        guard let field = fields.first(where: { $0.name == name }) else { return nil }
        return Self.unfold(CharsetDecoder.decodeRaw(bytes[field.value]))
    }

    /// The first field named `name`, unfolded and with RFC 2047 encoded words decoded.
    func value(_ name: String, in bytes: [UInt8]) -> String? {
        rawValue(name, in: bytes).map(EncodedWordDecoder.decode)
    }

    /// True when a field named `name` is present.
    func has(_ name: String) -> Bool {
        fields.contains { $0.name == name }
    }

    /// Removes line breaks of folded values (RFC 5322 §2.2.3) and trims the ends.
    static func unfold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\r" && scalar != "\n" {
            out.append(scalar)
        }
        return String(out).trimmingSpaces
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    var trimmingSpaces: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
