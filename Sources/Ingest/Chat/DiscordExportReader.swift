import Foundation
import VerbatimModel

/// Reads DiscordChatExporter's JSON exports (`{"guild", "channel", "messages": [{"id", "type",
/// "timestamp", "content", "author": {"id", "name", "nickname", "isBot"}}]}`), one conversation per
/// channel.
///
/// The export says who is a bot (`author.isBot`); a message whose `type` is not `Default` or
/// `Reply` (a member joining, a pinned message, a call, a thread created) is the tool's, counted as
/// system. A message of attachments or embeds only has no `content` and is counted as empty.
enum DiscordExportReader {
    static let format = "chat-json (discord)"

    /// The messages of a Discord export, `nil` when `document` is none.
    static func messages(in document: Any) -> [[String: Any]]? {
        guard let object = document as? [String: Any], object["guild"] is [String: Any],
            object["channel"] is [String: Any],
            let list = object["messages"] as? [Any]
        else { return nil }
        return list.compactMap { $0 as? [String: Any] }
    }

    /// The message types that carry someone's words; every other type is a system event.
    private static let wordTypes: Set<String> = ["default", "reply"]

    /// Reads the `messages` of `document` (from `messages(in:)`) as one conversation.
    static func read(_ messages: [[String: Any]], document: Any, path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: format)
        let channel = (document as? [String: Any])?["channel"] as? [String: Any] ?? [:]
        let key = JSONText.scalar(channel["id"]).map { "\(path)#\($0)" } ?? path
        let customers = ChatNameMatcher(options.customerNames)
        var turns: [ChatTurn] = []
        for (index, message) in messages.enumerated() {
            let ordinal = index + 1
            let author = message["author"] as? [String: Any] ?? [:]
            let nickname = JSONText.scalar(author["nickname"]) ?? ""
            let name = nickname.isEmpty ? (JSONText.scalar(author["name"]) ?? "") : nickname
            let speaker = name.isEmpty ? ChatTurn.unnamedSpeaker : name
            var declared: ChatRole?
            if let kind = message["type"] as? String, !wordTypes.contains(CaseFolding.fold(kind)) {
                declared = .system
            } else if (author["isBot"] as? Bool) == true, !customers.matches(speaker) {
                declared = .bot
                output.attribute(
                    CompanyAttribution(
                        role: .bot, speaker: speaker, reason: "isBot true (Discord export)",
                        override: "customer_name\t\(speaker)"))
            }
            let time = ChatJSONReader.date(among: [message["timestamp"]])
            let turn = ChatTurn(
                ordinal: ordinal, position: "message \(ordinal)", speaker: speaker, declaredRole: declared,
                text: JSONText.scalar(message["content"]) ?? "", date: time.date, unreadableDate: time.unreadable)
            ChatJSONReader.noteUnreadableDate(of: turn, path: path, into: &output)
            turns.append(turn)
        }
        ChatConversation.emit(turns, path: path, conversation: key, options: options, into: &output)
        return output
    }
}
