import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Chat: plain-text transcripts")
struct ChatTranscriptTests {
    private func read(_ text: String) -> IngestOutput {
        ChatTranscriptReader.read(Array(text.utf8), path: "chats/t.txt", options: shopOptions)
    }

    /// One customer line and one agent line in each layout; the expected customer date when the line gives one.
    @Test(
        "Speaker-line layouts",
        arguments: [
            ("[10:02] Client: Où est mon colis ?\n[10:03] Agent Paul: Je regarde.", nil as [Int]?),
            ("[10:02:15] Client: Où est mon colis ?\n[10:03:01] Agent Paul: Je regarde.", nil),
            ("10:02 Client: Où est mon colis ?\n10:03 Agent Paul: Je regarde.", nil),
            ("(10:02) Client : Où est mon colis ?\n(10:03) Agent Paul : Je regarde.", nil),
            ("( 10:02 ) Client : Où est mon colis ?\n( 10:03 ) Agent Paul : Je regarde.", nil),
            ("[22/11/2026 10:02:15] Client: Où est mon colis ?\n[22/11/2026 10:03:00] Agent Paul: Je regarde.", [2026, 11, 22, 10, 2, 15]),
            ("22/11/2026 à 10:02 - Client: Où est mon colis ?\n22/11/2026 à 10:03 - Agent Paul: Je regarde.", [2026, 11, 22, 10, 2, 0]),
            ("22/11/2026, 10:02 - Client: Où est mon colis ?\n22/11/2026, 10:03 - Agent Paul: Je regarde.", [2026, 11, 22, 10, 2, 0]),
            ("11/22/26, 10:02 PM - Client: Où est mon colis ?\n11/22/26, 10:03 PM - Agent Paul: Je regarde.", [2026, 11, 22, 22, 2, 0]),
            ("[22/11/2026, 12:02:15 am] Client: Où est mon colis ?\n[22/11/2026, 12:03:00 am] Agent Paul: Je regarde.", [2026, 11, 22, 0, 2, 15]),
            ("[2026-11-22 10:02:15] Client: Où est mon colis ?\n[2026-11-22 10:03:00] Agent Paul: Je regarde.", [2026, 11, 22, 10, 2, 15]),
        ])
    func layouts(transcript: String, date: [Int]?) {
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["Où est mon colis ?"])
        #expect(output.skipped == [.agent: 1])
        #expect(output.verbatims.first?.source.position == "line 1")
        #expect(output.verbatims.first?.channel == .chat)
        let expected = date.flatMap {
            CivilTime.date(year: $0[0], month: $0[1], day: $0[2], hour: $0[3], minute: $0[4], second: $0[5])
        }
        #expect(output.verbatims.first?.date == expected)
    }

    @Test("A bot that loops, a transfer and an escalation: customer turns only, with the conversation's signals")
    func liveChatFixture() throws {
        let output = ChatTranscriptReader.read(try fixtureBytes("chat", "live-fr.txt"), path: "chats/live-fr.txt", options: shopOptions)
        #expect(
            output.verbatims.map(\.text) == [
                "Ma commande 48213 n'est toujours pas arrivée.", "Où est mon colis ???", "je veux parler à un humain",
                "Merci, mais le suivi ne bouge plus depuis 4 jours.\nle transporteur ne répond pas non plus.",
                "D'accord, merci.",
            ])
        #expect(output.skipped == [.bot: 3, .agent: 2, .system: 1])
        let first = try #require(output.verbatims.first)
        #expect(first.readerSignals == ["bot-loop", "escalation", "transfer"])
        #expect(first.conversation == "chats/live-fr.txt")
        #expect(first.source.position == "line 3")
        // The header gives the day; the stamp gives the time.
        #expect(first.date == CivilTime.date(year: 2026, month: 11, day: 22, hour: 10, minute: 2))
        #expect(Set(output.verbatims.map(\.customer)).count == 1)
    }

    @Test("Agents are recognised by their script when their name says nothing; several turns on one line are split")
    func agentByFormulaAndFlattenedLines() {
        let transcript = """
            ( 15:59 ) _Name2_ : bonjour, je suis _Name2_.
            en quoi puis je vous aider ?
            ( 15:59 ) _Name1_ : _Email1_ ( 16:00 ) _Name1_ : Il manque un parfum dans ma commande ( 16:02 ) _Name2_ : je regarde, je vous demande un instant.
            ( 16:05 ) userX : l'internaute a mis fin à la conversation.
            """
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["Il manque un parfum dans ma commande"])
        #expect(output.skipped == [.agent: 2, .system: 1, .noContent: 1])
        #expect(output.verbatims.allSatisfy { $0.readerSignals.isEmpty })
    }

    @Test(
        "A turn without a word (an identifier the agent asked for, a placeholder) is no verbatim; a word or an emoji is one",
        arguments: [
            ("716640", false), ("_Email1_", false), ("1StEQ3js", false), ("jean.dupont@example.fr", false),
            ("#719720v", false), ("n° 604337 !", false),
            ("ok", true), ("merci.", true), ("_Name3_ merci beaucoup", true), ("commande 716640", true), ("👍", true),
            ("l'adresse", true),
        ])
    func wordlessTurns(text: String, isVerbatim: Bool) {
        let output = read("[10:02] Client: \(text)\n[10:03] Agent Paul: Je regarde.")
        #expect(output.verbatims.map(\.text) == (isVerbatim ? [text] : []))
        #expect(output.skipped == (isVerbatim ? [.agent: 1] : [.agent: 1, .noContent: 1]))
    }

    @Test("Stamped lines that name nobody are an unnamed speaker's turns, unless they read as system lines")
    func unnamedSpeaker() {
        let transcript = """
            (11:18) _Name1_ : bonjour, je suis _Name1_. en quoi puis je vous aider ?
            (11:20) avez-vous encore le coffret de Noël ?
            (11:21) _Name1_ : je regarde, je vous demande un instant.
            (11:22) Julie a rejoint la conversation
            (11:23) dommage, tant pis
            """
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["avez-vous encore le coffret de Noël ?", "dommage, tant pis"])
        #expect(output.skipped == [.agent: 2, .system: 1])
    }

    @Test(
        "Roles from configurable name patterns, case- and accent-insensitive",
        arguments: [
            ("CONSEILLERE Julie", SkipReason.agent), ("Service Client", .agent), ("Support team", .agent),
            ("ShopBot", .bot), ("Assistant Virtuel", .bot), ("Chatbot", .bot), ("Talbot", nil), ("Marie", nil),
        ])
    func roles(name: String, skipped: SkipReason?) {
        let output = read("[10:00] \(name): Bonjour\n[10:01] Client: Bonjour, ma commande est en retard.")
        let expectedCustomerTurns = skipped == nil ? 2 : 1
        #expect(output.verbatims.count == expectedCustomerTurns)
        if let skipped { #expect(output.skipped == [skipped: 1]) }
    }

    @Test("Custom agent names from the options")
    func customAgentNames() {
        let options = IngestOptions(agentNames: ["Julie"])
        let output = ChatTranscriptReader.read(
            Array("[10:00] Julie: Bonjour\n[10:01] Marc: Ma commande est en retard.".utf8), path: "t", options: options)
        #expect(output.verbatims.map(\.text) == ["Ma commande est en retard."])
    }

    @Test("WhatsApp system lines and media placeholders are not customer text")
    func whatsAppSystemLines() {
        let transcript = """
            22/11/2026 à 09:58 - Les messages et les appels sont chiffrés de bout en bout.
            22/11/2026 à 10:02 - Boutique Service client: Bonjour, que puis-je faire pour vous ?
            22/11/2026 à 10:03 - Léa: <Médias omis>
            22/11/2026 à 10:03 - Léa: Voici la photo du colis écrasé.
            """
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["Voici la photo du colis écrasé."])
        #expect(output.skipped == [.system: 2, .agent: 1])
    }

    @Test("A header date written with a month name dates the time-only turns")
    func headerWithMonthName() {
        let output = read("Conversation n° 4521 du 3 février 2026\n\n[09:15] Client: Toujours pas de remboursement.")
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 2, day: 3, hour: 9, minute: 15))
    }

    @Test("Text that is not a transcript is a finding")
    func notATranscript() {
        let output = read("Bonjour,\nceci est une lettre, pas une conversation.\n")
        #expect(output.verbatims.isEmpty)
        #expect(output.findings.count == 1)
    }
}
