import Foundation
import VerbatimModel

/// Reads a JSON chat export: an array of messages, an object holding one (`messages`,
/// `conversation`, `transcript` …), an array of such conversations, or JSON Lines (one message per
/// line). Field names are the usual ones of chat tools (Intercom, Zendesk, LiveChat, Crisp exports
/// and LLM-style `role`/`content`).
enum ChatJSONReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "chat-json")
        let text = ChatTranscriptReader.utf8Bytes(bytes)
        let limited = JSONNestingLimit.limit(text)
        if let document = try? JSONSerialization.jsonObject(with: Data(limited.bytes), options: [.fragmentsAllowed]) {
            if let offset = limited.tooDeepAt {
                output.findings.append(
                    Finding(source: path, reason: JSONNestingLimit.reason(at: offset), severity: .warning))
            }
            if var export = knownExport(document, path: path, options: options) {
                export.findings = output.findings + export.findings
                return export
            }
            let conversations = conversations(in: document, fields: options.chatFields)
            guard !conversations.isEmpty else {
                output.findings.append(Finding(source: path, reason: "JSON holds no chat message list"))
                return output
            }
            var ordinal = 0
            for (offset, (conversationID, messages, object)) in conversations.enumerated() {
                var turns: [ChatTurn] = []
                var kept: [[String: Any]] = []
                for message in messages {
                    ordinal += 1
                    if let turn = turn(
                        from: message, ordinal: ordinal, position: "message \(ordinal)", fields: options.chatFields)
                    {
                        noteUnreadableDate(of: turn, path: path, into: &output)
                        turns.append(turn)
                        kept.append(message)
                    } else {
                        output.findings.append(
                            Finding(
                                source: path, position: "message \(ordinal)", reason: "message without text",
                                severity: .warning, ordinal: ordinal))
                    }
                }
                let id =
                    conversationID
                    ?? messages.lazy.compactMap { Self.conversationID($0, fields: options.chatFields) }.first
                let key = id.map { "\(path)#\($0)" } ?? (conversations.count > 1 ? "\(path)#\(offset + 1)" : path)
                let known = ChatIdentityFields.values(in: object, fields: options.chatFields, ownAuthor: false)
                emitGrouped(
                    turns, messages: kept, path: path, fallbackKey: key, known: known, options: options, into: &output)
            }
            return output
        }
        return readLines(text, path: path, options: options)
    }

    /// The output of the reader of a messaging app's own export shape (Discord, Telegram, Messenger
    /// and Instagram), `nil` when `document` is none of them.
    private static func knownExport(_ document: Any, path: String, options: IngestOptions) -> IngestOutput? {
        if let messages = DiscordExportReader.messages(in: document) {
            return DiscordExportReader.read(messages, document: document, path: path, options: options)
        }
        if let chats = TelegramExportReader.chats(in: document) {
            return TelegramExportReader.read(chats, document: document, path: path, options: options)
        }
        if let messages = MessengerExportReader.messages(in: document) {
            return MessengerExportReader.read(messages, document: document, path: path, options: options)
        }
        return nil
    }

    /// JSON Lines: each non-blank line one message; a bad line is a finding, the others are read.
    private static func readLines(_ text: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "chat-jsonl")
        var turns: [ChatTurn] = []
        var messages: [[String: Any]] = []
        var lineNumber = 0
        var index = 0
        while index < text.count {
            lineNumber += 1
            let start = index
            while index < text.count, text[index] != 0x0A { index += 1 }
            let line = text[start..<index]
            index += 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            let position = "line \(lineNumber)"
            let limited = JSONNestingLimit.limit(Array(line))
            guard let object = try? JSONSerialization.jsonObject(with: Data(limited.bytes)) as? [String: Any] else {
                output.findings.append(
                    Finding(source: path, position: position, reason: "invalid JSON", ordinal: lineNumber))
                // When the first record is not JSON the file is not JSON Lines: one finding says it.
                if messages.isEmpty { return output }
                continue
            }
            if let offset = limited.tooDeepAt {
                output.findings.append(
                    Finding(
                        source: path, position: position, reason: JSONNestingLimit.reason(at: offset),
                        severity: .warning,
                        ordinal: lineNumber))
            }
            if let turn = turn(from: object, ordinal: lineNumber, position: position, fields: options.chatFields) {
                noteUnreadableDate(of: turn, path: path, into: &output)
                turns.append(turn)
                messages.append(object)
            }
        }
        if turns.isEmpty, output.findings.isEmpty {
            output.findings.append(Finding(source: path, reason: "no chat message found"))
        }
        emitGrouped(
            turns, messages: messages, path: path, fallbackKey: path, known: [], options: options, into: &output)
        return output
    }

    /// Emits `turns` grouped by their conversation id when messages carry one; `known` are the
    /// customer's address and phone fields of the conversation object (`ChatIdentityFields`), to
    /// which each group adds those of its messages.
    private static func emitGrouped(
        _ turns: [ChatTurn], messages: [[String: Any]], path: String, fallbackKey: String, known: [String],
        options: IngestOptions, into output: inout IngestOutput
    ) {
        guard !turns.isEmpty else { return }
        var order: [String] = []
        var groups: [String: [ChatTurn]] = [:]
        var identities: [String: [String]] = [:]
        let paired = messages.count == turns.count
        let ids =
            paired
            ? messages.map { conversationID($0, fields: options.chatFields) }
            : Array(repeating: nil, count: turns.count)
        for (index, (turn, id)) in zip(turns, ids).enumerated() {
            let key = id.map { "\(path)#\($0)" } ?? fallbackKey
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(turn)
            if paired {
                identities[key, default: known] += ChatIdentityFields.values(
                    in: messages[index], fields: options.chatFields, ownAuthor: turn.declaredRole == .customer)
            }
        }
        for key in order {
            var evidence = IdentityEvidence(options: options)
            for value in identities[key] ?? known { evidence.scan(value) }
            ChatConversation.emit(
                groups[key] ?? [], path: path, conversation: key, options: options, evidence: evidence.sorted,
                into: &output)
        }
    }

    private static let listKeys = [
        "messages", "conversation", "transcript", "chat", "items", "turns", "events", "entries", "data", "logs",
        "parts",
    ]
    private static let conversationListKeys = ["conversations", "chats", "sessions", "threads", "tickets"]

    /// The message lists in a document, one per conversation, with the conversation's id when the
    /// conversation object gives one, and that object (empty for a bare list of messages).
    static func conversations(
        in document: Any, fields: ChatFieldMapping
    ) -> [(id: String?, messages: [[String: Any]], object: [String: Any])] {
        if let array = document as? [Any] {
            let objects = array.compactMap { $0 as? [String: Any] }
            // An array of conversations, each holding its messages.
            let nested = objects.compactMap { object in
                messageList(object, fields: fields).map { (ownID(object, fields: fields), $0, object) }
            }
            if !nested.isEmpty, nested.count == objects.count { return nested }
            return objects.isEmpty ? [] : [(nil, objects, [:])]
        }
        guard let object = document as? [String: Any] else { return [] }
        for key in conversationListKeys {
            if let list = object[key] as? [Any] {
                let nested = list.compactMap { item -> (String?, [[String: Any]], [String: Any])? in
                    guard let conversation = item as? [String: Any],
                        let messages = messageList(conversation, fields: fields)
                    else {
                        return nil
                    }
                    return (ownID(conversation, fields: fields), messages, conversation)
                }
                if !nested.isEmpty { return nested }
            }
        }
        if let list = messageList(object, fields: fields) { return [(ownID(object, fields: fields), list, object)] }
        return []
    }

    private static func messageList(_ object: [String: Any], fields: ChatFieldMapping) -> [[String: Any]]? {
        for path in fields.messages {
            if let list = ChatFieldMapping.value(at: path, in: object) as? [Any] {
                let messages = list.compactMap { $0 as? [String: Any] }
                if !messages.isEmpty { return messages }
            }
        }
        for key in listKeys {
            if let list = object[key] as? [Any] {
                let messages = list.compactMap { $0 as? [String: Any] }
                if !messages.isEmpty { return messages }
            }
            if let inner = object[key] as? [String: Any], let list = messageList(inner, fields: fields) { return list }
        }
        return nil
    }

    private static let speakerKeys = [
        "author", "sender", "from", "speaker", "user", "name", "participant", "agent_name", "nickname",
    ]
    private static let roleKeys = [
        "role", "type", "author_type", "sender_type", "authorType", "senderType", "direction", "kind",
    ]
    private static let textKeys = ["body", "text", "message", "content", "msg", "value", "comment"]
    private static let timeKeys = [
        "timestamp", "time", "created_at", "createdAt", "date", "ts", "datetime", "sent_at", "sentAt",
    ]

    /// A turn from one message object, `nil` when it has no text at all.
    static func turn(from message: [String: Any], ordinal: Int, position: String, fields: ChatFieldMapping) -> ChatTurn?
    {
        guard let text = text(of: message, fields: fields) else { return nil }
        let (speaker, declared) = speakerAndRole(of: message, fields: fields)
        let time = date(of: message, fields: fields)
        return ChatTurn(
            ordinal: ordinal, position: position, speaker: speaker, declaredRole: declared, text: text,
            date: time.date, unreadableDate: time.unreadable)
    }

    /// The message's text: the mapped fields first, then the usual keys (a string, or an object
    /// holding one under `text`, `body`, `content`…).
    private static func text(of message: [String: Any], fields: ChatFieldMapping) -> String? {
        var text: String?
        for path in fields.text {
            if let value = stringValue(
                ChatFieldMapping.value(at: path, in: message), nestedKeys: ["text", "body", "content"])
            {
                text = value
                break
            }
        }
        for key in textKeys where text == nil {
            if let value = stringValue(message[key], nestedKeys: ["text", "body", "content", "value"]) {
                text = value
                break
            }
        }
        return text
    }

    /// Who wrote the message and the role the export declares: the mapped fields first, then the
    /// usual keys (a name, or an author object with a name and a role); `?` when nothing names them.
    private static func speakerAndRole(of message: [String: Any], fields: ChatFieldMapping) -> (String, ChatRole?) {
        var speaker = ""
        var declared: ChatRole?
        for path in fields.role {
            if let role = stringValue(ChatFieldMapping.value(at: path, in: message), nestedKeys: []).flatMap(
                role(named:))
            {
                declared = role
                break
            }
        }
        for path in fields.speaker {
            if let name = stringValue(ChatFieldMapping.value(at: path, in: message), nestedKeys: ["name"]),
                !name.isEmpty
            {
                speaker = name
                break
            }
        }
        for key in speakerKeys where speaker.isEmpty {
            guard let value = message[key] else { continue }
            if let object = value as? [String: Any] {
                for roleKey in roleKeys where declared == nil {
                    if let role = (object[roleKey] as? String).flatMap(role(named:)) {
                        declared = role
                        break
                    }
                }
                speaker = stringValue(object["name"] ?? object["display_name"] ?? object["id"], nestedKeys: []) ?? ""
            } else if let name = stringValue(value, nestedKeys: []) {
                speaker = name
            }
            if !speaker.isEmpty { break }
        }
        if declared == nil {
            for key in roleKeys {
                if let role = (message[key] as? String).flatMap(role(named:)) {
                    declared = role
                    break
                }
            }
        }
        if speaker.isEmpty, let role = message["role"] as? String { speaker = role }
        if speaker.isEmpty, let declared { speaker = "\(declared)" }
        if speaker.isEmpty { speaker = "?" }
        return (speaker, declared)
    }

    /// The time of a message: the first plausible one (a `time` of seconds into the chat may sit
    /// beside a `created_at`); failing one, the first found, which ingestion rejects with a reason.
    /// When none is read, `unreadable` is the first time field written as a date (a run of four
    /// digits: a year or an epoch) that no format reads, so that the reader can say why the
    /// message has no date; a clock time alone (`10:02`) is not a date and is not reported.
    private static func date(of message: [String: Any], fields: ChatFieldMapping) -> (date: Date?, unreadable: String?)
    {
        date(among: fields.time.map { ChatFieldMapping.value(at: $0, in: message) } + timeKeys.map { message[$0] })
    }

    /// The date of the first plausible of `candidates` (the time fields of one message, in order of
    /// preference), as `date(of:fields:)` reads them.
    static func date(among candidates: [Any?]) -> (date: Date?, unreadable: String?) {
        var date: Date?
        var unreadable: String?
        for case let value? in candidates {
            guard let parsed = ChatTimestamp.date(from: value) else {
                if unreadable == nil, let written = value as? String, hasFourDigitRun(written) { unreadable = written }
                continue
            }
            if PlausibleDateRange.contains(parsed) { return (parsed, nil) }
            if date == nil { date = parsed }
        }
        return (date, date == nil ? unreadable : nil)
    }

    private static func hasFourDigitRun(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// A warning for a message whose time field holds a date no format reads; the message is kept undated.
    static func noteUnreadableDate(of turn: ChatTurn, path: String, into output: inout IngestOutput) {
        guard let written = turn.unreadableDate else { return }
        output.findings.append(
            Finding(
                source: path, position: turn.position,
                reason: "unreadable date \"\(Finding.excerpt(written))\", ignored",
                severity: .warning, ordinal: turn.ordinal))
    }

    /// Role words chat tools use in `role`/`type` fields.
    static func role(named value: String) -> ChatRole? {
        switch ChatNameMatcher.fold(value).trimmingSpaces {
        case "customer", "client", "user", "visitor", "visiteur", "contact", "end-user", "enduser", "end_user", "lead",
            "inbound", "requester", "human":
            return .customer
        case "agent", "operator", "admin", "staff", "support", "conseiller", "human_agent", "teammate", "outbound",
            "employee", "advisor":
            return .agent
        case "bot", "assistant", "chatbot", "ai", "virtual_assistant", "automation":
            return .bot
        case "system", "event", "notification", "note", "internal":
            return .system
        default:
            return nil
        }
    }

    /// The id of a conversation object: its plain `id` too, which on a message would be the message's.
    private static func ownID(_ conversation: [String: Any], fields: ChatFieldMapping) -> String? {
        conversationID(conversation, fields: fields) ?? stringValue(conversation["id"], nestedKeys: [])
    }

    private static func conversationID(_ message: [String: Any], fields: ChatFieldMapping) -> String? {
        for path in fields.conversation {
            if let value = stringValue(ChatFieldMapping.value(at: path, in: message), nestedKeys: []) { return value }
        }
        for key in [
            "conversation_id", "conversationId", "session_id", "sessionId", "chat_id", "chatId", "thread_id",
            "threadId", "ticket_id", "id_conversation",
        ] {
            if let value = stringValue(message[key], nestedKeys: []) { return value }
        }
        return nil
    }

    private static func stringValue(_ value: Any?, nestedKeys: [String]) -> String? {
        switch value {
        case let string as String:
            return string
        case let number as NSNumber:
            return number.stringValue
        case let object as [String: Any]:
            for key in nestedKeys {
                if let string = object[key] as? String { return string }
            }
            return nil
        case let array as [Any]:
            // `content: [{type: text, text: …}]`
            let pieces = array.compactMap { stringValue($0, nestedKeys: ["text", "body", "content", "value"]) }
            return pieces.isEmpty ? nil : pieces.joined(separator: "\n")
        default:
            return nil
        }
    }
}
