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
    /// Byte offset (in `bytes`) of the first multipart nested deeper than `maximumDepth`, if any.
    private(set) var tooDeepAt: Int?

    /// Multipart levels followed recursively; real mail rarely goes past 5. Deeper parts are not
    /// lost: `innermostText` finds their text without recursion (hostile depth must not exhaust the stack).
    static let maximumDepth = 64
    /// Most parts read in one message: real mail holds a few dozen at most, and the bound keeps a
    /// crafted message of tiny parts from costing minutes.
    static let maximumParts = 2_000

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A piece of text found in the tree.
    struct Candidate {
        var text: String
        var isHTML: Bool
        /// A text part that carries a file name (`Content-Disposition: inline; filename=…` or a
        /// `name=` parameter) without being an attachment: the body only when it is the first text.
        var isNamed = false
    }

    /// The customer text of the entity with `headers` whose body is `body`.
    mutating func text(headers: MailHeaders, body: Range<Int>) -> String {
        if let text = conflictingMultipartText(headers: headers, body: body) { return text }
        guard let candidate = best(headers: headers, body: body, defaultType: "text/plain", depth: 0) else { return "" }
        return candidate.text
    }

    private mutating func best(headers: MailHeaders, body: Range<Int>, defaultType: String, depth: Int) -> Candidate? {
        visited += 1
        guard visited <= Self.maximumParts else { return nil }
        let contentType = HeaderParameters(headers.rawValue("content-type", in: bytes) ?? defaultType)
        var type = Self.validType(
            contentType, default: defaultType, named: depth > 0 && isNamed(headers, contentType: contentType))
        // No Content-Type (RFC 2045 §5.2 says text/plain) but an HTML document: read it as HTML.
        if !headers.has("content-type"), type == "text/plain", startsLikeHTML(body) { type = "text/html" }
        if depth > 0, isAttachment(headers) { return nil }

        if type.hasBytePrefix("multipart/") {
            guard depth < Self.maximumDepth else {
                if tooDeepAt == nil { tooDeepAt = body.lowerBound }
                return innermostText(body: body)
            }
            var children = parts(of: body, boundary: contentType["boundary"])
            if children.isEmpty, let inferred = inferredBoundary(in: body) {
                children = parts(of: body, boundary: inferred)
            }
            // No delimiter at all, but the body opens with a part's header block: that one part.
            if children.isEmpty,
                MailHeaders(parsing: bytes, in: body.lowerBound..<min(body.upperBound, body.lowerBound + 1_024))
                    .fields.contains(where: { $0.name.hasBytePrefix("content-") })
            {
                children = [body.lowerBound..<closingDelimiter(of: contentType["boundary"], in: body)]
            }
            guard !children.isEmpty else {
                // A multipart without usable boundary: read the body as plain text rather than lose it.
                return leaf(body: body, headers: headers, contentType: contentType, isHTML: false)
            }
            // RFC 2046 §5.1.5: the parts of a digest are messages unless they say otherwise.
            let childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain"
            var candidates: [Candidate] = []
            for child in children {
                let childHeaders = MailHeaders(parsing: bytes, in: child)
                let childBody = childHeaders.bodyStart..<max(childHeaders.bodyStart, child.upperBound)
                if let candidate = best(
                    headers: childHeaders, body: childBody, defaultType: childDefault, depth: depth + 1),
                    candidate.text.contains(where: { !$0.isWhitespace }), candidates.isEmpty || !candidate.isNamed
                {
                    candidates.append(candidate)
                }
            }
            return Self.combine(candidates, alternative: type == "multipart/alternative")
        }
        var candidate: Candidate?
        switch Self.textKind(type) {
        case .some(let isHTML): candidate = leaf(body: body, headers: headers, contentType: contentType, isHTML: isHTML)
        // message/rfc822 (read as a message of its own, see `EmbeddedMessageFinder`), images, calendars, reports.
        case .none: return nil
        }
        candidate?.isNamed = depth > 0 && isNamed(headers, contentType: contentType)
        return candidate
    }

    /// The text of a message with two `Content-Type` fields, the first a single part and a later one
    /// a multipart whose delimiters are in the body (spam kits and broken relays write both): the
    /// text before the first delimiter, read as the first type says, then the parts' text. Read as
    /// the first type alone, the delimiters and the parts' headers became customer text.
    private mutating func conflictingMultipartText(headers: MailHeaders, body: Range<Int>) -> String? {
        let values = headers.rawValues("content-type", in: bytes)
        guard values.count > 1 else { return nil }
        let first = HeaderParameters(values[0])
        guard !first.token.hasBytePrefix("multipart/") else { return nil }
        for value in values.dropFirst() {
            let multipart = HeaderParameters(value)
            guard multipart.token.hasBytePrefix("multipart/") else { continue }
            let children = parts(of: body, boundary: multipart["boundary"])
            guard let firstPart = children.first else { continue }
            // The preamble ends at the line break before the delimiter line that opens the first part.
            var preambleEnd = max(body.lowerBound, firstPart.lowerBound - 1)
            while preambleEnd > body.lowerBound, bytes[preambleEnd - 1] != 0x0A { preambleEnd -= 1 }
            var candidates: [Candidate] = []
            if let isHTML = Self.textKind(first.token.isEmpty ? "text/plain" : first.token) {
                let preamble = leaf(
                    body: body.lowerBound..<preambleEnd, headers: headers, contentType: first, isHTML: isHTML)
                if !preamble.text.trimmingSpaces.isEmpty { candidates.append(preamble) }
            }
            for child in children {
                let childHeaders = MailHeaders(parsing: bytes, in: child)
                let childBody = childHeaders.bodyStart..<max(childHeaders.bodyStart, child.upperBound)
                if let candidate = best(headers: childHeaders, body: childBody, defaultType: "text/plain", depth: 1),
                    candidate.text.contains(where: { !$0.isWhitespace }), candidates.isEmpty || !candidate.isNamed
                {
                    candidates.append(candidate)
                }
            }
            return Self.combine(candidates, alternative: multipart.token == "multipart/alternative")?.text ?? ""
        }
        return nil
    }

    /// The boundary of a multipart whose declared one is missing or never used (`boundary` lost to a
    /// missing `;`, a second Content-Type, a delimiter that does not match): the first `--` line of
    /// the body that a MIME header block follows. Read as plain text, such a body put delimiters
    /// and part headers into the customer's text.
    private func inferredBoundary(in body: Range<Int>) -> String? {
        var index = body.lowerBound
        // A few candidates at most: each costs a header parse, and a body of `--` lines is hostile.
        var candidates = 0
        while index < body.upperBound, candidates < 16 {
            var lineEnd = index
            while lineEnd < body.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < body.upperBound ? lineEnd + 1 : body.upperBound
            defer { index = next }
            var contentEnd = lineEnd
            while contentEnd > index, [0x20, 0x09, 0x0D].contains(bytes[contentEnd - 1]) { contentEnd -= 1 }
            guard contentEnd - index > 2, contentEnd - index <= 72, bytes[index] == 0x2D, bytes[index + 1] == 0x2D
            else { continue }
            candidates += 1
            let headers = MailHeaders(parsing: bytes, in: next..<min(body.upperBound, next + 1_024))
            guard headers.fields.contains(where: { $0.name.hasBytePrefix("content-") }) else { continue }
            return String(decoding: bytes[index + 2..<contentEnd], as: UTF8.self)
        }
        return nil
    }

    /// Where the line `--boundary--` starts in `body` (a multipart that only closes), or its end.
    private func closingDelimiter(of boundary: String?, in body: Range<Int>) -> Int {
        guard let boundary, !boundary.isEmpty else { return body.upperBound }
        let delimiter = Array("--".utf8) + Array(boundary.utf8)
        var index = body.lowerBound
        while index < body.upperBound {
            if body.upperBound - index >= delimiter.count,
                bytes[index..<index + delimiter.count].elementsEqual(delimiter)
            {
                return index
            }
            while index < body.upperBound, bytes[index] != 0x0A { index += 1 }
            index += 1
        }
        return body.upperBound
    }

    /// The type of a part. RFC 2045 §5.2: a Content-Type that is no `type/subtype` (`text plain`) is
    /// the default type, unless the part carries a file name (`BINARY; name=…` is a file); a bare
    /// `multipart` with a boundary is still read as parts, so that no delimiter becomes text.
    private static func validType(_ contentType: HeaderParameters, default defaultType: String, named: Bool) -> String {
        let token = contentType.token
        guard !token.containsBytes("/"), token != "text" else { return token }
        if token.hasBytePrefix("multipart"), contentType["boundary"] != nil { return "multipart/mixed" }
        return named ? "application/octet-stream" : defaultType
    }

    /// The text of a multipart from its parts' texts: in `multipart/alternative` the plain text (or
    /// the HTML when the plain text is a placeholder), otherwise the plain texts joined, or the
    /// first HTML text when there is no plain one.
    private static func combine(_ candidates: [Candidate], alternative: Bool) -> Candidate? {
        if alternative, let plain = candidates.first(where: { !$0.isHTML }),
            let html = candidates.first(where: \.isHTML), isHTMLPlaceholder(plain.text)
        {
            return html
        }
        if let plain = candidates.first(where: { !$0.isHTML }) {
            if alternative { return plain }
            let allPlain = candidates.filter { !$0.isHTML }
            if allPlain.count == 1 { return plain }
            return Candidate(text: allPlain.map(\.text).joined(separator: "\n\n"), isHTML: false)
        }
        return candidates.first
    }

    /// The text part below an entity nested too deep to recurse into, found in one forward scan of
    /// its body rather than level by level (which costs the body's length per level): the first
    /// part, after a `--boundary` line, whose own headers declare a text type, plain text preferred
    /// over HTML, up to the next line of its boundary.
    private mutating func innermostText(body: Range<Int>) -> Candidate? {
        var html: (headers: MailHeaders, body: Range<Int>, contentType: HeaderParameters)?
        var index = body.lowerBound
        while index < body.upperBound {
            var lineEnd = index
            while lineEnd < body.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < body.upperBound ? lineEnd + 1 : body.upperBound
            var resume = next
            defer { index = resume }
            guard lineEnd - index > 2, bytes[index] == 0x2D, bytes[index + 1] == 0x2D else { continue }
            var delimiterEnd = lineEnd
            while delimiterEnd > index, [0x20, 0x09, 0x0D].contains(bytes[delimiterEnd - 1]) { delimiterEnd -= 1 }
            // A header block is short: a part whose headers do not end within 8 KB is not one. The
            // scan resumes after what was parsed, so that no byte is parsed as a header twice.
            let window = next..<min(body.upperBound, next + 8_192)
            let headers = MailHeaders(parsing: bytes, in: window)
            resume = max(next, headers.bodyStart)
            guard headers.bodyStart < window.upperBound, headers.has("content-type") else { continue }
            let contentType = HeaderParameters(headers.rawValue("content-type", in: bytes) ?? "")
            guard let isHTML = Self.textKind(contentType.token), !isAttachment(headers),
                !isHTML || html == nil
            else { continue }
            let delimiter = bytes[index..<delimiterEnd]
            var end = headers.bodyStart
            while end < body.upperBound {
                var probeEnd = end
                while probeEnd < body.upperBound, bytes[probeEnd] != 0x0A { probeEnd += 1 }
                if probeEnd - end >= delimiter.count, bytes[end..<end + delimiter.count].elementsEqual(delimiter),
                    isDelimiterTail(end + delimiter.count..<probeEnd)
                {
                    break
                }
                end = probeEnd < body.upperBound ? probeEnd + 1 : body.upperBound
            }
            let partBody = headers.bodyStart..<max(headers.bodyStart, end)
            if !isHTML { return leaf(body: partBody, headers: headers, contentType: contentType, isHTML: false) }
            html = (headers, partBody, contentType)
        }
        guard let html else { return nil }
        return leaf(body: html.body, headers: html.headers, contentType: html.contentType, isHTML: true)
    }

    /// `false` for a plain-text type, `true` for an HTML one, `nil` for any other type.
    private static func textKind(_ type: String) -> Bool? {
        switch type {
        case "text/plain", "text", "text/enriched", "text/richtext", "text/x-plain": return false
        case "text/html", "text/xhtml", "application/xhtml+xml": return true
        default: return nil
        }
    }

    /// The text/plain stand-in some mailers put next to the real HTML body ("This is an HTML
    /// message. Please use an HTML capable mail program…").
    static func isHTMLPlaceholder(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let lowered = text.lowered
        return lowered.containsBytes("html capable") || lowered.containsBytes("html-capable")
            || lowered.containsBytes("this is an html message")
            || lowered.containsBytes("version html") && lowered.containsBytes("messagerie")
    }

    private func startsLikeHTML(_ body: Range<Int>) -> Bool {
        var index = body.lowerBound
        while index < body.upperBound,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
        {
            index += 1
        }
        let probe = bytes[index..<min(body.upperBound, index + 9)].map { $0 | 0x20 }
        return probe.starts(with: Array("<html".utf8)) || probe.starts(with: Array("<!doctype".utf8))
    }

    /// A part sent as a file: `Content-Disposition: attachment`. A text part sent `inline` with a
    /// file name (some clients and helpdesks send the body so) is not one; see `isNamed`.
    private func isAttachment(_ headers: MailHeaders) -> Bool {
        guard let disposition = headers.rawValue("content-disposition", in: bytes) else { return false }
        return HeaderParameters(disposition).token == "attachment"
    }

    /// A part that carries a file name: `filename=` on its disposition, or `name=` on its type
    /// (Apple Mail sends attached text files `inline` with a name).
    private func isNamed(_ headers: MailHeaders, contentType: HeaderParameters) -> Bool {
        if let disposition = headers.rawValue("content-disposition", in: bytes),
            HeaderParameters(disposition)["filename"] != nil
        {
            return true
        }
        return contentType["name"] != nil
    }

    /// The `Content-Transfer-Encoding` mechanism, lowercased, without the quotes, comments or
    /// parameters some mailers add (`"base64"`, `base64; x=y`, `Base64 (encoded)`).
    static func transferEncoding(_ headers: MailHeaders, _ bytes: [UInt8]) -> String? {
        guard let raw = headers.unfoldedBytes("content-transfer-encoding", in: bytes) else { return nil }
        var token: [UInt8] = []
        for byte in raw {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { continue }
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == 0x20 || byte == 0x09 {
                if token.isEmpty { continue } else { break }
            }
            // ASCII letters lowercased; anything else kept, so that an odd value stays odd.
            token.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: token, as: UTF8.self)
    }

    private mutating func leaf(body: Range<Int>, headers: MailHeaders, contentType: HeaderParameters, isHTML: Bool)
        -> Candidate
    {
        let charset = contentType["charset"]
        let decoded = TransferDecoder.decode(bytes[body], encoding: Self.transferEncoding(headers, bytes))
        var (text, known) = CharsetDecoder.decode(decoded, charset: charset)
        if !known, let charset, !unknownCharsets.contains(charset.lowered) {
            unknownCharsets.append(charset.lowered)
        }
        if isHTML {
            return Candidate(text: HTMLPlainText.convert(Array(text.utf8)), isHTML: true)
        }
        if contentType["format"]?.lowered == "flowed" {
            text = FlowedText.unflow(text, deleteSpace: contentType["delsp"]?.lowered == "yes")
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
