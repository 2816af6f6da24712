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
                let name = String(decoding: bytes[lineStart..<nameEnd], as: UTF8.self).lowered
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

    /// The bytes of the first field named `name` (lowercase), unfolded (line breaks removed, RFC 5322
    /// §2.2.3) and trimmed.
    func unfoldedBytes(_ name: String, in bytes: [UInt8]) -> [UInt8]? {
        guard let field = fields.first(where: { $0.name == name }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(field.value.count)
        for byte in bytes[field.value] where byte != 0x0D && byte != 0x0A {
            out.append(byte)
        }
        while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
        return out
    }

    /// The first field named `name` (lowercase), unfolded, as text; encoded words left as they are
    /// (structured fields such as `Content-Type` and `Date`).
    func rawValue(_ name: String, in bytes: [UInt8]) -> String? {
        unfoldedBytes(name, in: bytes).map { CharsetDecoder.decodeRaw($0[...]) }
    }

    /// The first field named `name`, unfolded and with RFC 2047 encoded words decoded.
    func value(_ name: String, in bytes: [UInt8]) -> String? {
        unfoldedBytes(name, in: bytes).map(EncodedWordDecoder.decode(bytes:))
    }

    /// True when a field named `name` is present.
    func has(_ name: String) -> Bool {
        fields.contains { $0.name == name }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (ASCII white space, no-break spaces),
    /// found on the UTF-8 bytes.
    var trimmingSpaces: String {
        let whole = String(self)
        let bytes = whole.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, let width = Self.spaceWidth(bytes, at: start) {
            start = bytes.index(start, offsetBy: width)
        }
        while start != end {
            let before = bytes.index(before: end)
            let byte = bytes[before]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                end = before
            } else if byte == 0xA0, before != start, bytes[bytes.index(before: before)] == 0xC2 {
                end = bytes.index(before: before)
            } else if byte == 0xAF, bytes.distance(from: start, to: before) >= 2,
                bytes[bytes.index(before, offsetBy: -1)] == 0x80, bytes[bytes.index(before, offsetBy: -2)] == 0xE2
            {
                end = bytes.index(before, offsetBy: -2)
            } else {
                break
            }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func spaceWidth(_ bytes: String.UTF8View, at index: String.Index) -> Int? {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        let next = bytes.index(after: index)
        if byte == 0xC2, next != bytes.endIndex, bytes[next] == 0xA0 { return 2 }
        if byte == 0xE2, bytes.distance(from: index, to: bytes.endIndex) >= 3, bytes[next] == 0x80,
            bytes[bytes.index(after: next)] == 0xAF
        {
            return 3
        }
        return nil
    }
}
