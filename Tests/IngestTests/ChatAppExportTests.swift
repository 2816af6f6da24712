import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Chat: messaging apps' own JSON exports (Telegram, Messenger, Instagram, Discord)")
struct ChatAppExportTests {
    private static var options: IngestOptions {
        var options = shopOptions
        options.speakers = repositorySpeakers.lexicon
        return options
    }

    /// Reads a fixture as a run does: recognised by content, then read.
    private func read(_ name: String, options: IngestOptions = Self.options) throws -> IngestOutput {
        let bytes = try fixtureBytes("chat", name)
        #expect(FormatSniffer.format(of: bytes[...], relativePath: "chats/\(name)") == .chatJSON)
        return Ingestor.read(bytes, format: .chatJSON, path: "chats/\(name)", options: options)
    }

    @Test("Telegram, one chat: rich text joined, service messages system, a photo alone empty, dated by date_unixtime")
    func telegramChat() throws {
        let output = try read("telegram-chat.json")
        #expect(output.format == "chat-json (telegram)")
        #expect(
            output.verbatims.map(\.text) == [
                "Bonjour, ma lampe Lumen 40 est arrivée cassée.", "The replacement never shipped.",
            ])
        #expect(output.skipped == [.system: 1, .empty: 1])
        #expect(
            output.verbatims.map(\.date) == [
                Date(timeIntervalSince1970: 1_795_341_600), Date(timeIntervalSince1970: 1_795_341_900),
            ])
        #expect(Set(output.verbatims.map(\.conversation)) == ["chats/telegram-chat.json#4815162342"])
        #expect(output.verbatims.map(\.source.position) == ["message 2", "message 4"])
        #expect(output.verbatims.allSatisfy { $0.channel == .chat })
        #expect(output.company.isEmpty)
        #expect(output.findings.isEmpty)
    }

    @Test(
        "Telegram, whole account: a conversation per chat, the exporting account (personal_information) is the company")
    func telegramAccount() throws {
        let output = try read("telegram-result.json")
        #expect(
            output.verbatims.map(\.text) == [
                "Where is my order #5521? It is two weeks late.", "Still nothing, this is really frustrating.",
                "Le variateur grésille dès qu'on l'allume.",
            ])
        let path = "chats/telegram-result.json"
        #expect(output.verbatims.map(\.conversation) == ["\(path)#222", "\(path)#222", "\(path)#333"])
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 11, day: 23, hour: 8, minute: 0))
        #expect(output.skipped == [.agent: 2, .system: 1])
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .agent, speaker: "Boutique Lumière", reason: "exporting account (personal_information)",
                    override: "customer_name\tBoutique Lumière")
            ])
        #expect(output.verbatims[0].customer == output.verbatims[1].customer)
        #expect(output.verbatims[1].customer != output.verbatims[2].customer)
    }

    @Test("A customer_name line takes the exporting account back from the company side")
    func telegramOverride() throws {
        var options = Self.options
        options.customerNames = ["Boutique Lumière"]
        let output = try read("telegram-result.json", options: options)
        #expect(output.company.isEmpty)
        // The account's two replies are read as its customer turns, beside the three others.
        #expect(output.verbatims.count == 5)
        #expect(output.skipped[.agent] == nil)
    }

    @Test(
        "Messenger: Latin-1-escaped UTF-8 repaired in text and names, time order, attachments, reactions and calls skipped, the exporting page the company"
    )
    func messenger() throws {
        let output = try read("messenger.json")
        #expect(output.format == "chat-json (messenger)")
        #expect(
            output.verbatims.map(\.text) == [
                "Bonjour, l’abat-jour est arrivé fendu 😞", "Merci mais c’est la deuxième fois que ça arrive.",
                "Also the remote doesn’t work at all.",
            ])
        #expect(output.skipped == [.system: 3, .empty: 1, .agent: 1])
        #expect(
            output.verbatims.map(\.date)
                == [1_795_345_000, 1_795_345_300, 1_795_345_400].map { Date(timeIntervalSince1970: $0) })
        #expect(Set(output.verbatims.map(\.conversation)) == ["chats/messenger.json#inbox/chloedurand_1a2b3c"])
        #expect(output.verbatims.first?.source.position == "message 7")
        #expect(output.findings.isEmpty)
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .agent, speaker: "Boutique Lumière",
                    reason: "the thread is titled after the other participant (exporting account)",
                    override: "customer_name\tBoutique Lumière")
            ])
    }

    @Test("A one-chat Telegram export of a personal chat: the speaker the chat is not named after exported it")
    func telegramPersonalChatExporter() {
        let json = #"""
            {"name": "Camille Martin", "type": "personal_chat", "id": 9, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "1795341600", "from": "Camille Martin", "from_id": "user111", "text": "Toujours pas de remboursement."},
             {"id": 2, "type": "message", "date_unixtime": "1795341700", "from": "Boutique Lumière", "from_id": "user999", "text": "Nous regardons cela."}]}
            """#
        let output = ChatJSONReader.read(Array(json.utf8), path: "c.json", options: Self.options)
        #expect(output.verbatims.map(\.text) == ["Toujours pas de remboursement."])
        #expect(output.skipped == [.agent: 1])
        #expect(output.company.map(\.reason) == ["personal chat named after the other party (exporting account)"])
        // A group, or a chat named after neither speaker, says nothing of who exported it.
        let group = json.replacingOccurrences(of: "personal_chat", with: "private_group")
        #expect(ChatJSONReader.read(Array(group.utf8), path: "c.json", options: Self.options).company.isEmpty)
    }

    @Test(
        "A tool sentence is one once the sender's name is taken off; a customer's longer sentence is not",
        arguments: [
            ("Chloé a envoyé une pièce jointe.", "Chloé Durand", true),
            ("You sent an attachment.", "Chloé Durand", true),
            ("Reacted 😮 to your message", "Chloé Durand", true), ("Chloé Durand left the group.", "Chloé Durand", true),
            ("Ma pièce jointe a été refusée, a envoyé une pièce jointe ne marche pas", "Chloé Durand", false),
            ("The attachment you sent an hour ago does not open.", "Chloé Durand", false),
            ("Missed your call, can you call me back after 6pm?", "Chloé Durand", false),
            ("Sent a photo of the broken base yesterday", "Chloé Durand", false),
            ("A envoyé une photo hier par mail, vous l'avez ?", "Chloé Durand", false),
            ("Vous avez retiré un message ? Je ne le vois plus", "Chloé Durand", false),
            ("Reacted badly to the new bulb, it flickers", "Chloé Durand", false),
        ])
    func toolSentence(text: String, speaker: String, isNotice: Bool) {
        let notices = repositorySpeakers.lexicon[MessengerExportReader.noticeList]
        #expect(!notices.isEmpty)
        #expect(MessengerExportReader.isToolSentence(text, speaker: speaker, notices: notices) == isNotice)
    }

    @Test("Discord: bots by isBot, non-Default/Reply types system, attachments alone empty, a conversation per channel")
    func discord() throws {
        let output = try read("discord.json")
        #expect(output.format == "chat-json (discord)")
        #expect(
            output.verbatims.map(\.text) == [
                "Hi, my smart bulb keeps disconnecting from the app.",
                "J'ai déjà ouvert un ticket hier, aucune réponse.",
            ])
        #expect(output.skipped == [.system: 2, .bot: 1, .empty: 1])
        #expect(
            output.verbatims.first?.date
                == CivilTime.date(year: 2026, month: 11, day: 21, hour: 17, minute: 2, second: 11))
        #expect(Set(output.verbatims.map(\.conversation)) == ["chats/discord.json#884422"])
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .bot, speaker: "LumiBot", reason: "isBot true (Discord export)",
                    override: "customer_name\tLumiBot")
            ])
    }

    @Test(
        "Lighter shapes of the same exports: Telegram without from_id or date_unixtime, a deleted account's message, Messenger's encrypted-chat export",
        arguments: [
            (
                #"{"name": "Support", "type": "personal_chat", "id": 7, "messages": [{"id": 1, "type": "message", "date": "2026-11-22T10:00:00Z", "from": "Inès", "text": "Colis abîmé, "}, {"id": 2, "type": "message", "date": "2026-11-22T10:01:00Z", "from": null, "from_id": "user404", "text": ["aucune ", {"type": "link", "text": "réponse"}]}]}"#,
                "chat-json (telegram)", ["Colis abîmé,", "aucune réponse"]
            ),
            (
                #"{"participants": ["Inès Roy", "Boutique"], "threadName": "Inès Roy", "messages": [{"isUnsent": false, "media": [], "reactions": [], "senderName": "Inès Roy", "text": "Still no refund, it’s been a month.", "timestamp": 1795345100000, "type": "text"}, {"isUnsent": true, "media": [], "senderName": "Inès Roy", "text": "oops", "timestamp": 1795345050000, "type": "text"}, {"isUnsent": false, "media": [], "reactions": [], "senderName": "Inès Roy", "text": "Hello, my order never came.", "timestamp": 1795345000000, "type": "text"}]}"#,
                "chat-json (messenger)", ["Hello, my order never came.", "Still no refund, it’s been a month."]
            ),
        ])
    func lighterShapes(json: String, format: String, texts: [String]) {
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: Self.options)
        #expect(output.format == format)
        #expect(output.verbatims.map(\.text) == texts)
        #expect(output.verbatims.allSatisfy { $0.date != nil })
    }

    @Test("An export of another shape is read by the generic reader as before")
    func genericShapesUnchanged() {
        let json = #"{"messages": [{"type": "message", "from": "Client", "text": "Colis abîmé."}], "name": "x"}"#
        let output = ChatJSONReader.read(Array(json.utf8), path: "c.json", options: Self.options)
        #expect(output.format == "chat-json")
        #expect(output.verbatims.map(\.text) == ["Colis abîmé."])
    }
}
