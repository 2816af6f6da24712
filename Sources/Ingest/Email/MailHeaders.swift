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
    /// Lines of the header block (1-based, counted from the start of the block) that were neither a
    /// field nor a continuation and were skipped, with the rest of the block read (RFC 5322 §3.6
    /// gives no way to read them; one bad line must not cost the message).
    var skippedLines: [(line: Int, bytes: Range<Int>)] = []
    /// The line (1-based) at which the body starts when no blank line ended the header block
    /// (hand-made or broken exports): the first line that is neither a field nor a continuation,
    /// when what follows it does not read as more header fields.
    var bodyWithoutBlankLineAt: Int?

    /// How far past a malformed line the parser looks to decide whether the header block goes on:
    /// more than the longest `Received` chain one meets in practice, bounded so that a body of bad
    /// lines costs a fixed amount per line.
    static let lookahead = 128

    /// What one line of a header block is.
    private enum LineKind {
        case blank
        case continuation
        case field(nameEnd: Int, valueStart: Int)
        case malformed
    }

    /// Parses the header block that starts at `range.lowerBound` of `bytes`.
    init(parsing bytes: [UInt8], in range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        bodyStart = end
        var lineNumber = 0
        while index < end {
            let (lineStart, contentEnd, next) = Self.line(in: bytes, at: index, end: end)
            lineNumber += 1
            index = next
            // An mbox postmark or a Maildir `From ` line before the fields is not a header.
            if lineNumber == 1, contentEnd - lineStart >= 5,
                bytes[lineStart..<lineStart + 5].elementsEqual("From ".utf8)
            {
                continue
            }
            switch Self.kind(of: bytes, lineStart..<contentEnd) {
            case .blank:
                bodyStart = next
                return
            case .continuation:
                if var last = fields.popLast() {
                    last.value = last.value.lowerBound..<contentEnd
                    fields.append(last)
                } else {
                    skippedLines.append((lineNumber, lineStart..<contentEnd))
                }
            case .field(let nameEnd, let valueStart):
                let name = String(decoding: bytes[lineStart..<nameEnd], as: UTF8.self).lowered
                fields.append(Field(name: name, value: valueStart..<max(valueStart, contentEnd)))
            case .malformed:
                guard Self.headerBlockGoesOn(after: lineStart..<contentEnd, next: next, in: bytes, end: end) else {
                    // The body starts without a blank line (or there is no header at all).
                    bodyStart = lineStart
                    bodyWithoutBlankLineAt = lineNumber
                    return
                }
                skippedLines.append((lineNumber, lineStart..<contentEnd))
            }
        }
    }

    /// The line at `index`: its start, the end of its content (before CR LF or LF) and the start of
    /// the next line.
    private static func line(in bytes: [UInt8], at index: Int, end: Int) -> (start: Int, contentEnd: Int, next: Int) {
        var lineEnd = index
        while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let next = lineEnd < end ? lineEnd + 1 : end
        var contentEnd = lineEnd
        if contentEnd > index, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        return (index, contentEnd, next)
    }

    /// A field is a name of printable ASCII other than `:` (RFC 5322 §2.2), then `:`; `Name : value`
    /// (space before the colon), which old mailers write, is tolerated.
    private static func kind(of bytes: [UInt8], _ line: Range<Int>) -> LineKind {
        guard let first = line.first.map({ bytes[$0] }) else { return .blank }
        if first == 0x20 || first == 0x09 { return .continuation }
        var colon = line.lowerBound
        while colon < line.upperBound, bytes[colon] != UInt8(ascii: ":"), bytes[colon] > 0x20, bytes[colon] < 0x7F {
            colon += 1
        }
        let nameEnd = colon
        while colon < line.upperBound, bytes[colon] == 0x20 || bytes[colon] == 0x09 { colon += 1 }
        guard colon < line.upperBound, bytes[colon] == UInt8(ascii: ":"), nameEnd > line.lowerBound else {
            return .malformed
        }
        var valueStart = colon + 1
        while valueStart < line.upperBound, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
        return .field(nameEnd: nameEnd, valueStart: valueStart)
    }

    /// Header names that only a header block holds in numbers: three of them after a malformed line
    /// (before the blank line) say the block goes on, even when continuation lines lost their
    /// indentation (a `Received:` chain re-wrapped by an export).
    static let messageFieldNames: Set<String> = [
        "from", "to", "cc", "subject", "date", "message-id", "content-type", "content-transfer-encoding",
        "mime-version", "received", "return-path", "reply-to", "in-reply-to", "references", "sender", "delivered-to",
    ]

    /// Whether the lines after the malformed line `bad`, up to the blank line that ends a header
    /// block, read as more header fields: the next line is a field or a continuation and fields
    /// outnumber malformed lines, or three message fields (`messageFieldNames`) follow. A body that
    /// starts without a blank line fails this at its first line, whatever `Name: value` lines it
    /// holds; a MIME delimiter (`--boundary`) always ends the block.
    private static func headerBlockGoesOn(after bad: Range<Int>, next start: Int, in bytes: [UInt8], end: Int) -> Bool {
        if bad.count >= 2, bytes[bad.lowerBound] == 0x2D, bytes[bad.lowerBound + 1] == 0x2D { return false }
        var index = start
        var fieldCount = 0
        var malformedCount = 1
        var messageFields = 0
        var nextIsHeader = false
        var scanned = 0
        while index < end, scanned < lookahead {
            let (lineStart, contentEnd, next) = line(in: bytes, at: index, end: end)
            switch kind(of: bytes, lineStart..<contentEnd) {
            case .blank: scanned = lookahead
            case .continuation: if scanned == 0 { nextIsHeader = true }
            case .field(let nameEnd, _):
                if scanned == 0 { nextIsHeader = true }
                fieldCount += 1
                let name = String(decoding: bytes[lineStart..<nameEnd], as: UTF8.self).lowered
                if messageFieldNames.contains(name) { messageFields += 1 }
            case .malformed: malformedCount += 1
            }
            scanned += 1
            index = next
        }
        return (nextIsHeader && fieldCount > malformedCount) || messageFields >= 3
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

    /// Every field named `name` (lowercase), in order, unfolded, encoded words left as they are.
    func rawValues(_ name: String, in bytes: [UInt8]) -> [String] {
        fields.filter { $0.name == name }.map { field in
            CharsetDecoder.decodeRaw(bytes[field.value].filter { $0 != 0x0D && $0 != 0x0A }[...]).trimmingSpaces
        }
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
