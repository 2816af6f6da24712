import Foundation
import VerbatimModel

/// Reads Telegram Desktop's JSON exports: one chat ("Export chat history", `{"name", "type", "id",
/// "messages": […]}`) or the whole account ("Export Telegram data", `result.json`, one conversation
/// per entry of `chats.list` and `left_chats.list`).
///
/// A message is `{"type": "message" | "service", "from", "from_id", "date", "date_unixtime", "text"}`
/// where `text` is a string or an array of strings and entity objects (`{"type": "bold", "text": …}`).
/// Service messages (group created, member added, call, pinned message) are the tool's, counted as
/// system. The export says who is the company side in four cases: the exporting account named by
/// `personal_information` (its `user_id` is the `from_id` `user<id>`), a channel's own posts
/// (`from_id` `channel<id>`), the bot of a `bot_chat`, and in a one-chat export of a
/// `personal_chat` (named after the other party) the one speaker who does not bear the chat's name.
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
        var ordinal = 0
        for (index, chat) in chats.enumerated() {
            let key =
                JSONText.scalar(chat["id"]).map { "\(path)#\($0)" } ?? (chats.count > 1 ? "\(path)#\(index + 1)" : path)
            let messages = (chat["messages"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
            var turns: [ChatTurn] = []
            for message in messages {
                ordinal += 1
                turns.append(turn(from: message, ordinal: ordinal))
            }
            declareCompany(in: &turns, messages: messages, chat: chat, owner: owner, options: options, into: &output)
            for turn in turns { ChatJSONReader.noteUnreadableDate(of: turn, path: path, into: &output) }
            ChatConversation.emit(turns, path: path, conversation: key, options: options, into: &output)
        }
        return output
    }

    /// Marks the turns the export puts on the company side (`companySide`) and names their speakers.
    private static func declareCompany(
        in turns: inout [ChatTurn], messages: [[String: Any]], chat: [String: Any], owner: Owner,
        options: IngestOptions,
        into output: inout IngestOutput
    ) {
        let customers = ChatNameMatcher(options.customerNames)
        let chatName = JSONText.scalar(chat["name"])
        let botName = chat["type"] as? String == "bot_chat" ? chatName : nil
        let exporter =
            owner.id == nil && owner.name == nil && chat["type"] as? String == "personal_chat"
            ? exportingAccount(turns, chatName: chatName) : nil
        for (index, message) in zip(turns.indices, messages) {
            let speaker = turns[index].speaker
            guard turns[index].declaredRole == nil, !customers.matches(speaker),
                let (role, reason) = companySide(
                    message, speaker: speaker, owner: owner, botName: botName, exporter: exporter)
            else { continue }
            turns[index].declaredRole = role == .bot ? .bot : .agent
            output.attribute(
                CompanyAttribution(role: role, speaker: speaker, reason: reason, override: "customer_name\t\(speaker)"))
        }
    }

    /// In a personal chat, which Telegram names after the other party, the one other speaker is the
    /// account that exported it; `nil` unless exactly two people speak and one bears the chat's name.
    private static func exportingAccount(_ turns: [ChatTurn], chatName: String?) -> String? {
        guard let chatName, !chatName.isEmpty else { return nil }
        let speakers = Set(turns.filter { $0.declaredRole != .system }.map(\.speaker))
        guard speakers.count == 2, speakers.contains(chatName) else { return nil }
        return speakers.first { $0 != chatName }
    }

    /// One message as a turn; a service message is a system turn.
    private static func turn(from message: [String: Any], ordinal: Int) -> ChatTurn {
        let isService = message["type"] as? String == "service"
        // A deleted account writes `"from": null`: still someone's words.
        let name =
            JSONText.scalar(message["from"]) ?? JSONText.scalar(message["actor"]) ?? JSONText.scalar(message["from_id"])
        let speaker = name.flatMap { $0.isEmpty ? nil : $0 } ?? ChatTurn.unnamedSpeaker
        let text = JSONText.rich(message["text"]) ?? JSONText.rich(message["text_entities"]) ?? ""
        // `date_unixtime` is the instant; `date` is the exporting machine's local time without a zone.
        let time = ChatJSONReader.date(among: [message["date_unixtime"], message["date"]])
        return ChatTurn(
            ordinal: ordinal, position: "message \(ordinal)", speaker: isService ? "" : speaker,
            declaredRole: isService ? .system : nil,
            text: isService ? (JSONText.scalar(message["action"]) ?? "") : text,
            date: time.date, unreadableDate: time.unreadable)
    }

    /// The company side a message is on by what the export says, and why; `nil` when it says nothing.
    private static func companySide(
        _ message: [String: Any], speaker: String, owner: Owner, botName: String?, exporter: String?
    ) -> (SkipReason, String)? {
        let fromID = JSONText.scalar(message["from_id"])
        if let id = owner.id, fromID == id { return (.agent, "exporting account (personal_information)") }
        if fromID == nil, let name = owner.name, speaker == name {
            return (.agent, "exporting account (personal_information)")
        }
        if let fromID, fromID.hasBytePrefix("channel") { return (.agent, "channel post (from_id \(fromID))") }
        if let botName, !speaker.isEmpty, speaker == botName { return (.bot, "bot of a bot_chat") }
        if let exporter, speaker == exporter {
            return (.agent, "personal chat named after the other party (exporting account)")
        }
        return nil
    }
}
