import Foundation
import PropertyBased
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
            (
                "[22/11/2026 10:02:15] Client: Où est mon colis ?\n[22/11/2026 10:03:00] Agent Paul: Je regarde.",
                [2026, 11, 22, 10, 2, 15]
            ),
            (
                "22/11/2026 à 10:02 - Client: Où est mon colis ?\n22/11/2026 à 10:03 - Agent Paul: Je regarde.",
                [2026, 11, 22, 10, 2, 0]
            ),
            (
                "22/11/2026, 10:02 - Client: Où est mon colis ?\n22/11/2026, 10:03 - Agent Paul: Je regarde.",
                [2026, 11, 22, 10, 2, 0]
            ),
            (
                "11/22/26, 10:02 PM - Client: Où est mon colis ?\n11/22/26, 10:03 PM - Agent Paul: Je regarde.",
                [2026, 11, 22, 22, 2, 0]
            ),
            (
                "[22/11/2026, 12:02:15 am] Client: Où est mon colis ?\n[22/11/2026, 12:03:00 am] Agent Paul: Je regarde.",
                [2026, 11, 22, 0, 2, 15]
            ),
            (
                "[2026-11-22 10:02:15] Client: Où est mon colis ?\n[2026-11-22 10:03:00] Agent Paul: Je regarde.",
                [2026, 11, 22, 10, 2, 15]
            ),
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

    /// One customer line in each WhatsApp (and kin) layout, and the date and time of the turn.
    static let whatsAppLines: [(String, [Int]?)] = [
        ("16/04/2019 à 14:09 - Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 14:09 - Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("[16/04/2019, 14:09:11] Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 11]),
        ("\u{200E}[16/04/2019, 14:09:11] Léa: \u{200E}Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 11]),
        ("[2019-04-16 14:09] Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("[2019/04/16 14:09] Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("[2019-04-16, 14:09] Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("2019/04/16, 14:09. - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("2019-04-16T14:09:11 Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 11]),
        ("16.04.19, 14:09 - Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/19, 14:09 - Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16-04-2019 14:09 - Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16.4.2019 klo 14.09.11 - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 11]),
        ("16.04.19 14.09.11: Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 11]),
        ("16. 4. 2019. 14:09:11 Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 11]),
        ("4/16/19, 2:09 PM - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("4/16/2019 2:09 p.m. - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 2:09 pm - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 2:09 p. m. - Léa: Mi paquete llegó roto.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 12:09 a.m. - Leah: My parcel arrived broken.", [2019, 4, 16, 0, 9, 0]),
        ("[16/04/2019, 2:09:11\u{202F}PM] Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 11]),
        ("16/04/2019, 2:09\u{00A0}PM - Leah: My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("[16/04/19 13:09:00 p.m.] Leah: My parcel arrived broken.", [2019, 4, 16, 13, 9, 0]),
        ("16/04/2019, 14:09 \u{2013} Léa: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 14:09 - +33 6 12 34 56 78: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        ("16/04/2019, 14:09 - Léa 🌸: Mon colis est arrivé cassé.", [2019, 4, 16, 14, 9, 0]),
        (
            "\u{200E}16/04/2019, 14:09 - \u{2068}Léa\u{2069}: \u{2068}Mon colis est arrivé cassé.",
            [2019, 4, 16, 14, 9, 0]
        ),
        ("[2014-10-24 下午2:09:11] Leah: My parcel arrived broken.", [2014, 10, 24, 14, 9, 11]),
        ("2019. 4. 16. 오후 2:09, Leah : My parcel arrived broken.", [2019, 4, 16, 14, 9, 0]),
        ("[14:09] <leah> My parcel arrived broken.", nil),
        ("(2:09 PM) Leah: My parcel arrived broken.", nil),
        ("(14:09:11) Léa : Mon colis est arrivé cassé.", nil),
    ]

    /// Each line, then a next line of the same message.
    @Test("WhatsApp exports of every platform and locale, and their kin", arguments: whatsAppLines)
    func whatsAppLayouts(line: String, date: [Int]?) {
        let output = read(line + "\nEt la boîte est ouverte.")
        #expect(output.verbatims.count == 1)
        #expect(output.verbatims.first?.text.hasSuffix(".\nEt la boîte est ouverte.") == true)
        #expect(output.verbatims.first?.text.hasPrefix("M") == true)
        let expected = date.flatMap {
            CivilTime.date(year: $0[0], month: $0[1], day: $0[2], hour: $0[3], minute: $0[4], second: $0[5])
        }
        #expect(output.verbatims.first?.date == expected)
        #expect(output.findings.isEmpty)
        #expect(
            FormatSniffer.format(of: Array((line + "\nEt la boîte est ouverte.").utf8)[...], relativePath: "chat.txt")
                == .chatText)
    }

    @Test("Lines without a speaker are speaker-less system turns, counted, never verbatims")
    func speakerlessSystemLines() {
        let transcript = """
            [2016/04/15 15:04] Boutique Lumière created group "SAV"
            16/04/2019, 02:09 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
            16/04/2019, 02:09 - +33 6 12 34 56 78 a rejoint le groupe
            16/04/2019, 02:10 - Léa: La lampe ne s'allume plus.
            16/04/2019, 02:11 - Vous avez changé le sujet en « Retour : lampe »
            16/04/2019, 02:12 - Leah changed the subject to "Return: lamp"
            """
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["La lampe ne s'allume plus."])
        #expect(output.skipped == [.system: 5])
        let wrapped = read("16/04/2019, 02:10 - \u{2068}Léa\u{2069}: Bonjour\n16/04/2019, 02:11 - Léa: Merci")
        #expect(Set(wrapped.verbatims.map(\.customer)).count == 1, "a name wrapped in isolates is the same speaker")
    }

    @Test(
        "A line that starts no turn continues the previous one, in every layout",
        arguments: [
            "[10:02] Léa:", "(10:02) Léa :", "( 10:02 ) _Name2_ :", "10:02 Léa:", "2025-03-14 10:02:11 Léa:",
            "16/04/2019, 10:02 - Léa:", "[16/04/2019, 10:02:11] Léa:", "4/16/19, 10:02 AM - Leah:",
        ])
    func continuationLines(stamp: String) {
        let output = read("\(stamp) Bonjour,\nma lampe est cassée.\n\n- et l'abat-jour aussi\n\(stamp) Merci")
        #expect(output.verbatims.map(\.text) == ["Bonjour,\nma lampe est cassée.\n- et l'abat-jour aussi", "Merci"])
    }

    @Test("A bracketed stamp with a name alone opens a turn whose message follows (Discord, Teams text)")
    func nameOnlyStampLines() {
        let transcript = """
            [4/16/2019 10:02 AM] Leah#1234
            My lamp arrived broken.
            The shade is dented.

            [4/16/2019 10:05 AM] Agent Paul
            Sorry! I am sending a new one.
            [4/16/2019 10:06 AM] Leah#1234
            thanks
            """
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == ["My lamp arrived broken.\nThe shade is dented.", "thanks"])
        #expect(output.skipped == [.agent: 1])
        #expect(Set(output.verbatims.map(\.customer)).count == 1)
        #expect(FormatSniffer.format(of: Array(transcript.utf8)[...], relativePath: "discord.txt") == .chatText)
        // A time-only unnamed visitor's line in parentheses keeps its words; a WhatsApp notice stays a notice.
        #expect(read("(11:20) Bonjour\nje voudrais savoir").verbatims.map(\.text) == ["Bonjour\nje voudrais savoir"])
        let notice = read("[16/04/2019, 02:09:11] Léa: Bonjour\n[16/04/2019, 02:09:12] You were added\nmerci")
        #expect(notice.verbatims.map(\.text) == ["Bonjour"])
    }

    @Test("Text before the first turn is a warning, never a customer turn")
    func continuationBeforeAnyTurn() {
        let output = read("et voilà pourquoi je suis déçue\nvraiment\n[10:02] Léa: Bonjour")
        #expect(output.verbatims.map(\.text) == ["Bonjour"])
        #expect(output.findings.count == 1)
        #expect(output.findings.first?.severity == .warning)
        #expect(output.findings.first?.position == "line 1")
        #expect(output.findings.first?.reason.hasPrefix("2 line(s)") == true)
        // A title that dates the chat and a tool's start marker are a header, not lost text.
        let header = read("Chat transcript - 10/11/2026\n\n*** Chat started ***\n[08:55] Rachel: Hello")
        #expect(header.verbatims.map(\.text) == ["Hello"])
        #expect(header.findings.isEmpty)
    }

    /// Stamp layouts the property tests build files from.
    static let stampLayouts = [
        "[10:02] ", "(10:02) ", "( 10:02 ) ", "10:02 ", "2025-03-14 10:02:11 ", "16/04/2019, 10:02 - ",
        "[16/04/2019, 10:02:11] ", "4/16/19, 2:09 PM - ", "16.04.19, 14:09 - ", "[2019-04-16 02:09] ",
        "\u{200E}[16/04/2019, 2:09:11\u{202F}PM] ", "16/04/2019 à 10:02 - ", "[3/6/18 1:55:00 p. m.] ",
    ]

    @Test("Recognition is reading: a file of chat lines is recognised, and read with one turn per stamped line")
    func chatLinesAreRecognisedAndRead() async {
        let names = ["Léa", "Agent Paul", "Customer", "+33 6 12 34 56 78", "_Name2_", "Jean-Marc Dupont", "Leah 🌸"]
        let texts = [
            "Bonjour", "Où est mon colis ?", "My lamp: broken", "", "merci !! 👍", "à revoir le 16/04/2019, 10:02",
        ]
        await propertyCheck(count: 200, input: Gen.int(in: 0...10_000).array(of: 1...12)) { plan in
            var lines: [String] = []
            var stamped = 0
            for (index, n) in plan.enumerated() {
                if index > 0, n % 5 == 4 {
                    lines.append(texts[n % texts.count] + " (suite)")
                    continue
                }
                stamped += 1
                let layout = Self.stampLayouts[n % Self.stampLayouts.count]
                lines.append(layout + names[(n / 7) % names.count] + ": " + texts[(n / 3) % texts.count])
            }
            let bytes = Array(lines.joined(separator: "\n").utf8)
            #expect(FormatSniffer.format(of: bytes[...], relativePath: "export.txt") == .chatText, "\(lines)")
            let output = ChatTranscriptReader.read(bytes, path: "t.txt", options: shopOptions)
            #expect(output.verbatims.count + output.skipped.values.reduce(0, +) == stamped, "\(lines)")
        }
    }

    @Test("Arbitrary lines never trap the grammar, and a file the sniffer calls a chat yields turns")
    func recognisedFilesYieldTurns() async {
        let noise = Gen<UInt8?>.element(
            of: Array("[]()0123456789:/.-, aApPmMTé<>\n\r\t;".utf8) + [0xE2, 0x80, 0x8E, 0xAF, 0xC2, 0xA0]
        )
        .map { $0 ?? 0x20 }
        .array(of: 0...200)
        await propertyCheck(count: 400, input: noise, Gen.int(in: 0...Self.stampLayouts.count)) { noise, pick in
            let start = pick < Self.stampLayouts.count ? Array(Self.stampLayouts[pick].utf8) : []
            let bytes = start + noise
            for cut in 0...bytes.count {
                if let line = ChatStampParser.parse(bytes, from: 0, to: cut) {
                    #expect((0...cut).contains(line.messageStart))
                    #expect(line.speaker?.isEmpty != true)
                }
            }
            let output = ChatTranscriptReader.read(bytes, path: "t.txt", options: shopOptions)
            if FormatSniffer.format(of: bytes[...], relativePath: "t.txt") == .chatText {
                #expect(output.verbatims.count + output.skipped.values.reduce(0, +) >= 1, "\(bytes)")
            }
        }
    }

    @Test("A bot that loops, a transfer and an escalation: customer turns only, with the conversation's signals")
    func liveChatFixture() throws {
        let output = ChatTranscriptReader.read(
            try fixtureBytes("chat", "live-fr.txt"), path: "chats/live-fr.txt", options: shopOptions)
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

    /// Flattened live-chat exports glue the next turns to the last line of a multi-line message: those
    /// turns are the customer's and the agent's own, not part of the message before them.
    @Test(
        "Turns glued to the continuation line of a message are turns of their own",
        arguments: [
            (
                "( 15:46 ) _Name2_ : bonjour, je suis _Name2_. en quoi puis je vous aider ?\nje vous invite à suivre votre colis : ( 15:48 ) _Name2_ : https://suivi.example/XT05 ( 15:48 ) _Name1_ : le suivi dit que le colis est toujours chez vous ( 15:49 ) _Name2_ : rassurez vous le colis a bien été expédié",
                ["le suivi dit que le colis est toujours chez vous"], 3
            ),
            (
                "[09:12] Agent Paul: Hello, let me check.\nYou can track it here: [09:13] Agent Paul: https://track.example/1 [09:14] Client: the tracking page has not moved for a week",
                ["the tracking page has not moved for a week"], 2
            ),
        ])
    func gluedTurns(transcript: String, customer: [String], agentTurns: Int) {
        let output = read(transcript)
        #expect(output.verbatims.map(\.text) == customer)
        #expect(output.skipped[.agent] == agentTurns)
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
