import VerbatimModel

/// Where a JSON chat export keeps what the reader needs, for exports whose field names are not the
/// usual ones. Each entry is a dotted path (`payload.author.display_name`) tried before the usual
/// names.
///
/// A mapping file holds one `field = path[, path…]` line per field (`messages`, `speaker`, `role`,
/// `text`, `time`, `conversation`, and the customer's `email` and `phone`, read as identity
/// evidence); blank lines and `#` comments are ignored:
///
/// ```
/// # Acme Chat export
/// messages = data.thread.posts
/// speaker  = poster.nick
/// text     = html_free_body
/// time     = posted_at
/// ```
public struct ChatFieldMapping: Sendable, Hashable {
    /// Paths to the message list inside the document.
    public var messages: [String]
    /// Paths to the speaker's name inside a message.
    public var speaker: [String]
    /// Paths to a role word (`customer`, `agent`, `bot`, `system` and their usual synonyms).
    public var role: [String]
    /// Paths to the message text.
    public var text: [String]
    /// Paths to the timestamp (ISO 8601 or Unix epoch).
    public var time: [String]
    /// Paths to a conversation id.
    public var conversation: [String]
    /// Paths to the customer's e-mail address (a `visitor.email`), read as identity evidence.
    public var email: [String] = []
    /// Paths to the customer's phone number, read as identity evidence.
    public var phone: [String] = []

    /// A mapping with the given paths; an empty mapping leaves the usual field names alone.
    public init(
        messages: [String] = [], speaker: [String] = [], role: [String] = [], text: [String] = [],
        time: [String] = [], conversation: [String] = []
    ) {
        self.messages = messages
        self.speaker = speaker
        self.role = role
        self.text = text
        self.time = time
        self.conversation = conversation
    }

    /// True when no path is set.
    public var isEmpty: Bool {
        messages.isEmpty && speaker.isEmpty && role.isEmpty && text.isEmpty && time.isEmpty && conversation.isEmpty
            && email.isEmpty && phone.isEmpty
    }

    /// Reads a mapping file; `problems` names each line that could not be read (`line 3: unknown field`).
    public static func parse(_ source: String) -> (mapping: ChatFieldMapping, problems: [String]) {
        var mapping = ChatFieldMapping()
        var problems: [String] = []
        for (offset, rawLine) in source.textLines().enumerated() {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasBytePrefix("#") { continue }
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == "\t" }) else {
                problems.append("line \(offset + 1): expected `field = path`")
                continue
            }
            let field = line[..<separator].trimmingSpaces.lowered
            let paths = line[line.index(after: separator)...].split(separator: ",").map { $0.trimmingSpaces }
                .filter { !$0.isEmpty }
            switch field {
            case "messages": mapping.messages += paths
            case "speaker", "author", "sender": mapping.speaker += paths
            case "role", "type": mapping.role += paths
            case "text", "body", "content": mapping.text += paths
            case "time", "timestamp", "date": mapping.time += paths
            case "conversation", "session", "thread": mapping.conversation += paths
            case "email", "e-mail", "mail": mapping.email += paths
            case "phone", "telephone", "tel": mapping.phone += paths
            default: problems.append("line \(offset + 1): unknown field `\(field)`")
            }
        }
        return (mapping, problems)
    }

    /// The value at a dotted `path` in a JSON object.
    static func value(at path: String, in object: [String: Any]) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".") {
            guard let dictionary = current as? [String: Any] else { return nil }
            current = dictionary[String(key)]
        }
        return current
    }
}
