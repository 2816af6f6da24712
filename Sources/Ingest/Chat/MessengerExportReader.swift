import Foundation
import VerbatimModel

/// Reads the JSON exports of Facebook Messenger and Instagram direct messages ("Download your
/// information" → JSON: `message_1.json` per thread, `{"participants": [{"name"}], "messages":
/// [{"sender_name", "timestamp_ms", "content", "photos", "share", "reactions", "type"}], "title",
/// "thread_path"}`; the end-to-end encrypted chats' export writes `senderName`, `text`, `timestamp`,
/// `isUnsent`, `threadName` and participants as plain names), one conversation per file.
///
/// Their strings are UTF-8 bytes escaped one by one as Latin-1 code points (`"Ã©"` for `é`): names
/// and text are repaired (`LatinMojibake`). Messages are written newest first; turns are put in time
/// order. A message without text (a photo, a sticker, an unsent message) is counted as empty; the
/// tool's own sentences (`X sent an attachment.`, `Reacted 😮 to your message`, calls, people added
/// or leaving, in French and English, the `chat-json-notices` speaker list) and the `Call`,
/// `Subscribe` and `Unsubscribe` message types are system turns. In a two-person thread titled
/// after one participant, the other one exported it: the company side (`exportingAccount`).
enum MessengerExportReader {
    static let format = "chat-json (messenger)"
    /// The speaker list of the tool's sentences (`lexicons/speakers/chat-json-notices.tsv`).
    static let noticeList = "chat-json-notices"

    /// The messages of a Messenger or Instagram export, `nil` when `document` is none.
    static func messages(in document: Any) -> [[String: Any]]? {
        guard let object = document as? [String: Any], let participants = object["participants"] as? [Any],
            let list = object["messages"] as? [Any]
        else { return nil }
        let messages = list.compactMap { $0 as? [String: Any] }
        let named = participants.contains { ($0 as? [String: Any])?["name"] is String || $0 is String }
        let shaped = messages.contains {
            $0["sender_name"] != nil || $0["timestamp_ms"] != nil || $0["senderName"] != nil
        }
        return named && (shaped || messages.isEmpty) ? messages : nil
    }

    /// Reads the `messages` of `document` (from `messages(in:)`) as one conversation.
    static func read(_ messages: [[String: Any]], document: Any, path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: format)
        let object = document as? [String: Any] ?? [:]
        let thread = JSONText.scalar(object["thread_path"]) ?? JSONText.scalar(object["threadName"])
        let key = thread.map { "\(path)#\(LatinMojibake.repaired($0))" } ?? path
        let notices = options.speakers[noticeList]
        var timed: [(turn: ChatTurn, time: Double)] = []
        for (index, message) in messages.enumerated() {
            let turn = turn(from: message, ordinal: index + 1, notices: notices)
            ChatJSONReader.noteUnreadableDate(of: turn, path: path, into: &output)
            timed.append((turn, turn.date?.timeIntervalSince1970 ?? -Double.infinity))
        }
        // Newest first in the file: time order, file order reversed for equal or missing times.
        var turns = timed.sorted { ($0.time, -$0.turn.ordinal) < ($1.time, -$1.turn.ordinal) }.map(\.turn)
        if let exporter = exportingAccount(object), !ChatNameMatcher(options.customerNames).matches(exporter) {
            var spoke = false
            for index in turns.indices where turns[index].speaker == exporter && turns[index].declaredRole == nil {
                turns[index].declaredRole = .agent
                spoke = true
            }
            if spoke {
                output.attribute(
                    CompanyAttribution(
                        role: .agent, speaker: exporter,
                        reason: "the thread is titled after the other participant (exporting account)",
                        override: "customer_name\t\(exporter)"))
            }
        }
        ChatConversation.emit(turns, path: path, conversation: key, options: options, into: &output)
        return output
    }

    /// The account that exported a two-person thread: the thread is titled after the other
    /// participant (a shop's page inbox titles each thread with the customer's name), so the one
    /// participant the title does not name is the exporter; `nil` for a group or an untitled thread.
    static func exportingAccount(_ document: [String: Any]) -> String? {
        let names = (document["participants"] as? [Any] ?? []).compactMap { participant in
            JSONText.scalar((participant as? [String: Any])?["name"] ?? participant).map(LatinMojibake.repaired)
        }
        guard names.count == 2, Set(names).count == 2,
            let title = JSONText.scalar(document["title"] ?? document["threadName"]).map(LatinMojibake.repaired),
            names.contains(title)
        else { return nil }
        return names.first { $0 != title }
    }

    /// The message types that are the tool's, not anyone's words.
    private static let systemTypes: Set<String> = ["call", "subscribe", "unsubscribe"]

    private static func turn(from message: [String: Any], ordinal: Int, notices: [String]) -> ChatTurn {
        // The end-to-end encrypted chats' export (2024) writes the same fields in camel case.
        let name = LatinMojibake.repaired(JSONText.scalar(message["sender_name"] ?? message["senderName"]) ?? "")
        let speaker = name.isEmpty ? ChatTurn.unnamedSpeaker : name
        let unsent = (message["is_unsent"] as? Bool) == true || (message["isUnsent"] as? Bool) == true
        let text = unsent ? "" : LatinMojibake.repaired(JSONText.scalar(message["content"] ?? message["text"]) ?? "")
        let kind = (message["type"] as? String).map(CaseFolding.fold) ?? ""
        let isNotice = systemTypes.contains(kind) || isToolSentence(text, speaker: speaker, notices: notices)
        let time = ChatJSONReader.date(among: [message["timestamp_ms"], message["timestamp"]])
        return ChatTurn(
            ordinal: ordinal, position: "message \(ordinal)", speaker: speaker, declaredRole: isNotice ? .system : nil,
            text: text, date: time.date, unreadableDate: time.unreadable)
    }

    /// Whether `text` is one of the tool's sentences: once the sender's name (whole, or its first
    /// word) is taken off its start, it is a notice of the list and nothing more, as the tool
    /// writes them ("Chloé sent an attachment.", "Reacted 😮 to your message": a reaction names
    /// its target, a message). A customer who goes on ("Sent a photo of the broken base
    /// yesterday", "Missed your call, can you call me back?") is not one.
    static func isToolSentence(_ text: String, speaker: String, notices: [String]) -> Bool {
        let folded = CaseFolding.fold(text).trimmingSpaces
        guard !folded.isEmpty, folded.utf8.count <= 120 else { return false }
        let name = CaseFolding.fold(speaker).trimmingSpaces
        var starts = [folded]
        for prefix in [name, name.split(separator: " ").first.map(String.init) ?? ""] where !prefix.isEmpty {
            if folded.hasBytePrefix(prefix + " ") { starts.append(String(folded.dropFirst(prefix.count + 1))) }
        }
        return starts.contains { start in
            notices.contains { start.hasBytePrefix($0) && isBareNotice(start.dropFirst($0.count)) }
        }
    }

    /// What follows a notice in a tool sentence: nothing but a final stop, or (reactions) up to four
    /// words ending with the message reacted to; never a clause of its own.
    private static func isBareNotice(_ rest: Substring) -> Bool {
        var remainder = String(rest).trimmingSpaces
        if remainder.hasSuffix(".") { remainder.removeLast() }
        guard !remainder.contains(where: { ",;:?!.".contains($0) }) else { return false }
        let words = remainder.split(separator: " ")
        return words.isEmpty || (words.count <= 4 && words.last?.hasPrefix("message") == true)
    }
}
