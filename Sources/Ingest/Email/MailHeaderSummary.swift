/// What the mailbox inference needs of one message: who sent it, to which domains, and which
/// message it answers. Built from the header block alone (`MailHeaderScan`).
public struct MailHeaderSummary: Sendable, Hashable {
    /// The sender's address, lowercased (`From`, else `Sender`); empty when there is none.
    public var sender: String
    /// The domains of every `To` and `Cc` address, lowercased, sorted, each once.
    public var recipientDomains: [String]
    /// The message's own `Message-ID`, without angle brackets, lowercased.
    public var messageID: String?
    /// The message it answers: `In-Reply-To`, else the last id of `References`.
    public var parentID: String?

    public init(sender: String, recipientDomains: [String], messageID: String? = nil, parentID: String? = nil) {
        self.sender = sender.lowercased()
        self.recipientDomains = Set(recipientDomains.map { $0.lowercased() }).sorted()
        self.messageID = messageID?.lowercased()
        self.parentID = parentID?.lowercased()
    }

    /// The sender's domain (empty when there is no `@`).
    public var senderDomain: String { MailAddress.domain(of: sender) }

    /// The summary of the header block `headers` of `bytes`.
    init(headers: MailHeaders, bytes: [UInt8]) {
        let from = (headers.rawValue("from", in: bytes) ?? headers.rawValue("sender", in: bytes))
            .flatMap(MailAddress.address(in:))
        var domains: [String] = []
        for value in headers.rawValues("to", in: bytes) + headers.rawValues("cc", in: bytes) {
            for piece in Self.mailboxes(in: value) {
                if let address = MailAddress.address(in: piece), address.containsBytes("@") {
                    domains.append(MailAddress.domain(of: address))
                }
            }
        }
        let parent =
            headers.rawValue("in-reply-to", in: bytes).flatMap { Self.messageIDs(in: $0).first }
            ?? headers.rawValue("references", in: bytes).flatMap { Self.messageIDs(in: $0).last }
        self.init(
            sender: from ?? "", recipientDomains: domains,
            messageID: headers.rawValue("message-id", in: bytes).flatMap { Self.messageIDs(in: $0).first },
            parentID: parent)
    }

    /// The mailboxes of an address list (RFC 5322 §3.4): split at commas outside quoted strings,
    /// comments and angle brackets, so that `"Dupont, Marie" <m@x.fr>` stays one.
    static func mailboxes(in list: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var depth = 0
        var angle = false
        for character in list {
            switch character {
            case "\"" where depth == 0: quoted.toggle()
            case "(" where !quoted: depth += 1
            case ")" where !quoted: depth = max(0, depth - 1)
            case "<" where !quoted && depth == 0: angle = true
            case ">" where !quoted && depth == 0: angle = false
            case "," where !quoted && depth == 0 && !angle, ";" where !quoted && depth == 0 && !angle:
                pieces.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces.filter { !$0.trimmingSpaces.isEmpty }
    }

    /// The `<id>`s of a `Message-ID`, `In-Reply-To` or `References` value, in order; a bare id
    /// without brackets (old mailers) as one.
    static func messageIDs(in value: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let id = rest[rest.index(after: open)..<close].trimmingSpaces
            if !id.isEmpty { ids.append(id.lowered) }
            rest = rest[rest.index(after: close)...]
        }
        if ids.isEmpty, let bare = value.split(separator: " ").first?.trimmingSpaces, bare.containsBytes("@") {
            ids.append(bare.lowered)
        }
        return ids
    }
}
