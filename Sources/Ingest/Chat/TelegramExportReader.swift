import Foundation
import VerbatimModel

/// Reads Telegram Desktop's JSON exports: one chat ("Export chat history", `{"name", "type", "id",
/// "messages": […]}`) or the whole account ("Export Telegram data", `result.json`, one conversation
/// per entry of `chats.list` and `left_chats.list`).
///
/// A message is `{"type": "message" | "service", "from", "from_id", "date", "date_unixtime", "text"}`
/// where `text` is a string or an array of strings and entity objects (`{"type": "bold", "text": …}`).
/// Service messages (group created, member added, call, pinned message) are the tool's, counted as
/// system. The export says who is the company side in three cases: the exporting account named by
/// `personal_information` (its `user_id` is the `from_id` `user<id>`), a channel's own posts
/// (`from_id` `channel<id>`) and the bot of a `bot_chat`.
enum TelegramExportReader {
    static let format = "chat-json (telegram)"

    /// The chats of a Telegram export, `nil` when `document` is none.
    static func chats(in document: Any) -> [[String: Any]]? {
        guard let object = document as? [String: Any] else { return nil }
        if let list = (object["chats"] as? [String: Any])?["list"] as? [Any] {
            let left = (object["left_chats"] as? [String: Any])?["list"] as? [Any] ?? []
            return (list + left).compactMap { $0 as? [String: Any] }.filter(isChat)
        }
        return isChat(object) ? [object] : nil
    }

    /// A chat object: a `type` word and a `messages` list whose records are typed `message` or
    /// `service` and dated the Telegram way.
    private static func isChat(_ object: [String: Any]) -> Bool {
        guard object["type"] is String, let messages = object["messages"] as? [Any] else { return false }
        guard let first = messages.lazy.compactMap({ $0 as? [String: Any] }).first else { return object["name"] != nil }
        let kind = first["type"] as? String
        let named = first["from"] != nil || first["actor"] != nil
        return (kind == "message" || kind == "service")
            && (first["date_unixtime"] != nil || first["from_id"] != nil || first["actor_id"] != nil
                || (first["date"] != nil && named))
    }

    /// The exporting account of a full export: its `from_id` and display name.
    private struct Owner {
        var id: String?
        var name: String?

        init(_ document: Any) {
            let information = (document as? [String: Any])?["personal_information"] as? [String: Any] ?? [:]
            id = JSONText.scalar(information["user_id"]).map { "user\($0)" }
            let parts = [information["first_name"], information["last_name"]].compactMap { JSONText.scalar($0) }
            let joined = parts.joined(separator: " ").trimmingSpaces
            name = joined.isEmpty ? nil : joined
        }
    }

    /// Reads the `chats` of `document` (from `chats(in:)`), one conversation each.
    static func read(_ chats: [[String: Any]], document: Any, path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: format)
        let owner = Owner(document)
        let customers = ChatNameMatcher(options.customerNames)
        var ordinal = 0
        for (index, chat) in chats.enumerated() {
            let key = JSONText.scalar(chat["id"]).map { "\(path)#\($0)" } ?? (chats.count > 1 ? "\(path)#\(index + 1)" : path)
            let botName = chat["type"] as? String == "bot_chat" ? JSONText.scalar(chat["name"]) : nil
            var turns: [ChatTurn] = []
            for case let message as [String: Any] in chat["messages"] as? [Any] ?? [] {
                ordinal += 1
                var turn = turn(from: message, ordinal: ordinal)
                if turn.declaredRole == nil, !customers.matches(turn.speaker),
                    let (role, reason) = companySide(message, speaker: turn.speaker, owner: owner, botName: botName)
                {
                    turn.declaredRole = role == .bot ? .bot : .agent
                    output.attribute(
                        CompanyAttribution(role: role, speaker: turn.speaker, reason: reason, override: "customer_name\t\(turn.speaker)"))
                }
                ChatJSONReader.noteUnreadableDate(of: turn, path: path, into: &output)
                turns.append(turn)
            }
            ChatConversation.emit(turns, path: path, conversation: key, options: options, into: &output)
        }
        return output
    }

    /// One message as a turn; a service message is a system turn.
    private static func turn(from message: [String: Any], ordinal: Int) -> ChatTurn {
        let isService = message["type"] as? String == "service"
        // A deleted account writes `"from": null`: still someone's words.
        let name = JSONText.scalar(message["from"]) ?? JSONText.scalar(message["actor"]) ?? JSONText.scalar(message["from_id"])
        let speaker = name.flatMap { $0.isEmpty ? nil : $0 } ?? ChatTurn.unnamedSpeaker
        let text = JSONText.rich(message["text"]) ?? JSONText.rich(message["text_entities"]) ?? ""
        // `date_unixtime` is the instant; `date` is the exporting machine's local time without a zone.
        let time = ChatJSONReader.date(among: [message["date_unixtime"], message["date"]])
        return ChatTurn(
            ordinal: ordinal, position: "message \(ordinal)", speaker: isService ? "" : speaker,
            declaredRole: isService ? .system : nil, text: isService ? (JSONText.scalar(message["action"]) ?? "") : text,
            date: time.date, unreadableDate: time.unreadable)
    }

    /// The company side a message is on by what the export says, and why; `nil` when it says nothing.
    private static func companySide(
        _ message: [String: Any], speaker: String, owner: Owner, botName: String?
    ) -> (SkipReason, String)? {
        let fromID = JSONText.scalar(message["from_id"])
        if let id = owner.id, fromID == id { return (.agent, "exporting account (personal_information)") }
        if fromID == nil, let name = owner.name, speaker == name { return (.agent, "exporting account (personal_information)") }
        if let fromID, fromID.hasBytePrefix("channel") { return (.agent, "channel post (from_id \(fromID))") }
        if let botName, !speaker.isEmpty, speaker == botName { return (.bot, "bot of a bot_chat") }
        return nil
    }
}
