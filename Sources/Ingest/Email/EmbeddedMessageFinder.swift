/// Finds the messages embedded in a message (RFC 2046 §5.2.1 `message/rfc822` parts, RFC 6532
/// `message/global`, and the entries of a `multipart/digest`, whose parts are `message/rfc822` by
/// default, §5.1.5), so that each is read as a message of its own with its own sender, date,
/// subject and customer decision, and none of its headers reaches the outer message's text.
///
/// Only the outer structure is walked: a message embedded in an embedded message is found when
/// that one is read. Work is bounded by `MimeBodyExtractor.maximumDepth` and `maximumParts`.
struct EmbeddedMessageFinder {
    /// An embedded message: a range of the outer bytes, or of a decoded copy when the part was sent
    /// base64 or quoted-printable (RFC 2046 forbids it; some mailers do it).
    struct Embedded {
        var bytes: [UInt8]
        var range: Range<Int>
    }

    private let bytes: [UInt8]
    private var visited = 0
    private(set) var found: [Embedded] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The messages embedded in the entity with `headers` whose body is `body`, in order.
    static func messages(in bytes: [UInt8], headers: MailHeaders, body: Range<Int>) -> [Embedded] {
        var finder = EmbeddedMessageFinder(bytes: bytes)
        finder.walk(headers: headers, body: body, defaultType: "text/plain", depth: 0)
        return finder.found
    }

    private mutating func walk(headers: MailHeaders, body: Range<Int>, defaultType: String, depth: Int) {
        visited += 1
        guard visited <= MimeBodyExtractor.maximumParts, depth < MimeBodyExtractor.maximumDepth else { return }
        let rawType = headers.rawValue("content-type", in: bytes) ?? defaultType
        // Most parts are text, images or alternatives: told from the first bytes, before the
        // parameters are parsed.
        guard Self.mayHoldMessages(rawType) else { return }
        let contentType = HeaderParameters(rawType)
        let type = contentType.token.isEmpty ? defaultType : contentType.token
        if Self.isMessageType(type) {
            // A part with no header fields at all is not a message (a stray `multipart/digest` entry).
            let inner = MailHeaders(parsing: bytes, in: body)
            guard !body.isEmpty, !inner.fields.isEmpty || Self.isEncoded(headers, bytes) else { return }
            found.append(decoded(headers: headers, body: body))
            return
        }
        guard type.hasBytePrefix("multipart/") else { return }
        let childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain"
        let children = MimeBodyExtractor(bytes: bytes).parts(of: body, boundary: contentType["boundary"])
        for child in children {
            let childHeaders = MailHeaders(parsing: bytes, in: child)
            let childBody = childHeaders.bodyStart..<max(childHeaders.bodyStart, child.upperBound)
            walk(headers: childHeaders, body: childBody, defaultType: childDefault, depth: depth + 1)
        }
    }

    /// Whether a `Content-Type` value may be a message or a multipart that holds one: `message/…` or
    /// `multipart/…` other than `alternative` and `related`, or empty (the default type applies).
    /// The versions of one body (`alternative`) and a page with its images (`related`) hold no
    /// forwarded message: not scanning them keeps ordinary mail at one pass over its parts.
    private static func mayHoldMessages(_ value: String) -> Bool {
        let head = CaseFolding.lower(value.trimmingSpaces.prefix(21))
        if head.isEmpty || head.hasBytePrefix("message/") { return true }
        return head.hasBytePrefix("multipart/") && !head.hasBytePrefix("multipart/alternative")
            && !head.hasBytePrefix("multipart/related")
    }

    /// Whether a part of type `type` holds a whole message.
    static func isMessageType(_ type: String) -> Bool {
        type == "message/rfc822" || type == "message/global" || type == "message/rfc2822"
    }

    private static func isEncoded(_ headers: MailHeaders, _ bytes: [UInt8]) -> Bool {
        let encoding = MimeBodyExtractor.transferEncoding(headers, bytes)
        return encoding == "base64" || encoding == "quoted-printable"
    }

    private func decoded(headers: MailHeaders, body: Range<Int>) -> Embedded {
        let encoding = MimeBodyExtractor.transferEncoding(headers, bytes)
        guard encoding == "base64" || encoding == "quoted-printable" else { return Embedded(bytes: bytes, range: body) }
        let copy = Array(TransferDecoder.decode(bytes[body], encoding: encoding))
        return Embedded(bytes: copy, range: 0..<copy.count)
    }
}
