import HTMLParsing

/// Walks the MIME tree of a message (RFC 2045/2046) and returns the text a customer typed:
/// text/plain preferred over text/html in `multipart/alternative`, inline text parts of
/// `multipart/mixed` joined, attachments and forwarded `message/rfc822` parts left out.
struct MimeBodyExtractor {
    /// The message bytes; parts are ranges into them, so nothing is copied before decoding.
    let bytes: [UInt8]
    /// Charsets met that were not recognised (decoded best-effort); reported as warnings.
    private(set) var unknownCharsets: [String] = []
    /// Parts visited, to bound the work on hostile nesting.
    private var visited = 0

    /// Deepest nesting followed; real mail rarely goes past 5.
    static let maximumDepth = 24
    /// Most parts read in one message.
    static let maximumParts = 2_000

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A piece of text found in the tree.
    struct Candidate {
        var text: String
        var isHTML: Bool
    }

    /// The customer text of the entity with `headers` whose body is `body`.
    mutating func text(headers: MailHeaders, body: Range<Int>) -> String {
        guard let candidate = best(headers: headers, body: body, depth: 0) else { return "" }
        return candidate.text
    }

    private mutating func best(headers: MailHeaders, body: Range<Int>, depth: Int) -> Candidate? {
        visited += 1
        guard depth <= Self.maximumDepth, visited <= Self.maximumParts else { return nil }
        let contentType = HeaderParameters(headers.rawValue("content-type", in: bytes) ?? "text/plain")
        let type = contentType.token.isEmpty ? "text/plain" : contentType.token
        if isAttachment(headers, contentType: contentType) { return nil }

        if type.hasPrefix("multipart/") {
            let children = parts(of: body, boundary: contentType["boundary"])
            guard !children.isEmpty else {
                // A multipart without usable boundary: read the body as plain text rather than lose it.
                return leaf(body: body, headers: headers, charset: contentType["charset"], isHTML: false)
            }
            var candidates: [Candidate] = []
            for child in children {
                let childHeaders = MailHeaders(parsing: bytes, in: child)
                let childBody = childHeaders.bodyStart..<max(childHeaders.bodyStart, child.upperBound)
                if let candidate = best(headers: childHeaders, body: childBody, depth: depth + 1),
                    !candidate.text.isEmpty
                {
                    candidates.append(candidate)
                }
            }
            if let plain = candidates.first(where: { !$0.isHTML }) {
                if type == "multipart/alternative" { return plain }
                let allPlain = candidates.filter { !$0.isHTML }.map(\.text)
                return Candidate(text: allPlain.joined(separator: "\n\n"), isHTML: false)
            }
            return candidates.first
        }
        switch type {
        case "text/plain", "text", "text/enriched", "text/richtext", "text/x-plain":
            return leaf(body: body, headers: headers, charset: contentType["charset"], isHTML: false)
        case "text/html", "text/xhtml", "application/xhtml+xml":
            return leaf(body: body, headers: headers, charset: contentType["charset"], isHTML: true)
        default:
            // message/rfc822 (a forwarded mail is not the customer's words), images, calendars, reports.
            return nil
        }
    }

    private func isAttachment(_ headers: MailHeaders, contentType: HeaderParameters) -> Bool {
        if let disposition = headers.rawValue("content-disposition", in: bytes) {
            let parsed = HeaderParameters(disposition)
            if parsed.token == "attachment" { return true }
            if parsed["filename"] != nil, !contentType.token.hasPrefix("text/") { return true }
        }
        return contentType["name"] != nil && !contentType.token.hasPrefix("text/")
    }

    private mutating func leaf(body: Range<Int>, headers: MailHeaders, charset: String?, isHTML: Bool) -> Candidate {
        let encoding = headers.rawValue("content-transfer-encoding", in: bytes)?.lowercased()
        let decoded = TransferDecoder.decode(bytes[body], encoding: encoding)
        let (text, known) = CharsetDecoder.decode(decoded, charset: charset)
        if !known, let charset, !unknownCharsets.contains(charset.lowercased()) {
            unknownCharsets.append(charset.lowercased())
        }
        if isHTML {
            return Candidate(text: HTMLPlainText.convert(Array(text.utf8)), isHTML: true)
        }
        return Candidate(text: text, isHTML: false)
    }

    /// The byte ranges of the parts of a multipart body: between `--boundary` lines, up to the
    /// closing `--boundary--` (or the end, when a truncated message lacks it).
    func parts(of body: Range<Int>, boundary: String?) -> [Range<Int>] {
        guard let boundary, !boundary.isEmpty else { return [] }
        let delimiter = Array("--".utf8) + Array(boundary.utf8)
        var result: [Range<Int>] = []
        var partStart: Int?
        var index = body.lowerBound
        let end = body.upperBound
        while index < end {
            // `index` is at a line start here.
            var lineEnd = index
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            if lineEnd - index >= delimiter.count, bytes[index] == 0x2D,
                bytes[index..<index + delimiter.count].elementsEqual(delimiter),
                isDelimiterTail(index + delimiter.count..<lineEnd)
            {
                if let start = partStart {
                    // The line break before the delimiter belongs to the delimiter (RFC 2046 §5.1.1).
                    var partEnd = index
                    if partEnd > start, bytes[partEnd - 1] == 0x0A { partEnd -= 1 }
                    if partEnd > start, bytes[partEnd - 1] == 0x0D { partEnd -= 1 }
                    result.append(start..<max(start, partEnd))
                    if result.count >= Self.maximumParts { return result }
                }
                let after = index + delimiter.count
                if after + 1 < end, bytes[after] == 0x2D, bytes[after + 1] == 0x2D {
                    return result
                }
                partStart = next
            }
            index = next
        }
        if let start = partStart, start < end {
            result.append(start..<end)
        }
        return result
    }

    /// What may follow the boundary on a delimiter line: `--` (close) or transport padding, so that a
    /// boundary that prefixes a nested one is not mistaken for it.
    private func isDelimiterTail(_ tail: Range<Int>) -> Bool {
        if tail.count >= 2, bytes[tail.lowerBound] == 0x2D, bytes[tail.lowerBound + 1] == 0x2D { return true }
        return bytes[tail].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
