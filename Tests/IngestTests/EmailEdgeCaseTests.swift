import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Issue 14, e-mail edge cases: inline named bodies, malformed header lines, headers without the
/// blank line, embedded messages and digests, dates without seconds, `format=flowed`.
@Suite("Email: edge cases of real exports")
struct EmailEdgeCaseTests {
    private func read(_ text: String, path: String = "m.eml") -> IngestOutput {
        EmlReader.read(Array(text.utf8), path: path, options: shopOptions)
    }

    @Test("An inline text part with a file name is the body; later named parts and attachments are not")
    func inlineNamedBody() throws {
        let output = EmlReader.read(
            try fixtureBytes("email", "inline-named-body-en.eml"), path: "i.eml", options: shopOptions)
        let verbatim = try #require(output.verbatims.first)
        #expect(output.verbatims.count == 1)
        #expect(verbatim.text == "I returned the lamp two weeks ago and I am still waiting for my refund.")
        #expect(output.findings.isEmpty)
    }

    @Test(
        "A lone text part named by its type or its disposition is read as the body",
        arguments: [
            "Content-Type: text/plain; charset=utf-8; name=\"message.txt\"\n",
            "Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline; filename=\"message.txt\"\n",
        ])
    func loneNamedPart(partHeaders: String) {
        let mail =
            "From: lea@exemple.fr\nSubject: Retour\nContent-Type: multipart/mixed; boundary=z\n\n--z\n"
            + partHeaders + "\nLe colis est reparti sans explication.\n--z--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Le colis est reparti sans explication."])
    }

    @Test("A text file sent as an attachment is never the body")
    func attachmentIsNotBody() {
        let mail =
            "From: lea@exemple.fr\nSubject: Facture\nContent-Type: multipart/mixed; boundary=z\n\n--z\n"
            + "Content-Type: text/plain; name=\"facture.txt\"\nContent-Disposition: attachment; filename=\"facture.txt\"\n\n"
            + "FACTURE 4471\n--z--\n"
        let output = read(mail)
        #expect(output.verbatims.isEmpty)
        #expect(output.skipped == [.empty: 1])
    }

    @Test(
        "One malformed header line is skipped with a warning; the rest of the message is read",
        arguments: [
            "Inva@id*Header; this line has no colon",
            "Nom avec espaces: valeur",
            "X-Garbage\u{00E9}\u{00FF}: caf\u{00E9}",
            "by mx.example.net with SMTP; 3 Mar 2026 14:05:00 +0100",
        ])
    func malformedHeaderLine(line: String) throws {
        let mail =
            "From: Lea <lea@exemple.fr>\nTo: sav@boutique.example\n\(line)\nSubject: Colis perdu\n"
            + "Date: Tue, 3 Mar 2026 14:05:10 +0100\n\nMon colis est perdu.\n"
        let output = read(mail)
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.text == "Mon colis est perdu.")
        #expect(verbatim.context == "Colis perdu")
        #expect(verbatim.date == CivilTime.date(year: 2026, month: 3, day: 3, hour: 13, minute: 5, second: 10))
        #expect(output.findings.map(\.severity) == [.warning])
        #expect(output.findings.first?.position == "header line 3")
        #expect(output.findings.first?.reason.hasPrefix("malformed header line skipped") == true)
    }

    @Test(
        "Headers not followed by a blank line: the body starts at the first line that is no header",
        arguments: [
            ("Bonjour,\nJe n'ai toujours rien reçu.\n", "Bonjour,\nJe n'ai toujours rien reçu."),
            (
                "Hello,\nOrder: 4471\nStill nothing after ten days.\n",
                "Hello,\nOrder: 4471\nStill nothing after ten days."
            ),
        ])
    func noBlankLine(body: String, text: String) throws {
        let output = read("From: a@example.com\nSubject: Commande\nDate: Tue, 3 Mar 2026 14:05 +0100\n" + body)
        #expect(output.verbatims.map(\.text) == [text])
        #expect(output.verbatims.first?.context == "Commande")
        #expect(output.findings.map(\.position) == ["header line 4"])
        #expect(output.findings.first?.reason.contains("no blank line") == true)
    }

    @Test("A file whose header block holds a malformed line is still recognised as mail")
    func sniffedAsMail() {
        let sample = Array(
            "From: a@example.com\nTo: b@example.com\nDate: Tue, 3 Mar 2026 14:05 +0100\nby mx with SMTP\nSubject: x\n\nTexte.\n"
                .utf8)
        #expect(FormatSniffer.format(of: sample[...], relativePath: "mail/0001") == .eml)
        #expect(FormatSniffer.format(of: Array("Subject: x\nbody\n".utf8)[...], relativePath: "notes/a") == nil)
    }

    @Test("A boundary right after the headers ends them: the parts are read, not skipped as header lines")
    func boundaryWithoutBlankLine() {
        let mail =
            "From: a@example.com\nContent-Type: multipart/alternative; boundary=\"q\"\n--q\n"
            + "Content-Type: text/plain\n\nLivraison en retard.\n--q\nContent-Type: text/html\n\n<p>Livraison en retard.</p>\n--q--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Livraison en retard."])
    }

    @Test(
        "Two Content-Type fields, the later a multipart whose delimiters are in the body: no delimiter or part header leaks"
    )
    func conflictingContentTypes() {
        let mail =
            "From: a@example.com\nContent-Type: text/plain; charset=utf-8\nSubject: Remboursement\n"
            + "Content-Type: multipart/mixed;\n    boundary=\"sep-42\"\n\nJe n'ai pas été remboursée.\n\n"
            + "--sep-42\nContent-Type: text/plain; name=\"a.txt\"\nContent-Disposition: attachment; filename=\"a.txt\"\n\n"
            + "pièce jointe\n--sep-42\nContent-Type: text/plain\n\nMerci de me répondre.\n--sep-42--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Je n'ai pas été remboursée.\n\nMerci de me répondre."])
    }

    @Test(
        "A multipart whose declared boundary is lost or unused is read by the delimiter its body uses",
        arguments: [
            "Content-Type: multipart/mixed\n\tboundary=\"sep\"\n",
            "Content-Type: multipart/related; boundary=other\nContent-Type: multipart/alternative; boundary=\"sep\"\n",
        ])
    func inferredBoundary(contentType: String) {
        let mail =
            "From: a@example.com\n" + contentType + "\n--sep\nContent-Type: text/plain\n\nLa lampe grésille.\n"
            + "--sep\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\naGVsbG8K\n--sep--\n"
        #expect(read(mail).verbatims.map(\.text) == ["La lampe grésille."])
    }

    @Test("A multipart with no delimiter whose body opens with a part's headers is that one part")
    func multipartWithoutDelimiter() {
        let mail =
            "From: a@example.com\nContent-Type: multipart/alternative; boundary=\"zz\"\n\n"
            + "Content-Disposition: inline\nContent-Type: text/html\n\n<p>Facture erronée.</p>\n--zz--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Facture erronée."])
    }

    @Test("In multipart/alternative a plain part of white space gives way to the HTML one")
    func blankPlainAlternative() {
        let mail =
            "From: a@example.com\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain\n\n   \n\n"
            + "--q\nContent-Type: text/html\n\n<p>Le store ne descend plus.</p>\n--q--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Le store ne descend plus."])
    }

    @Test("A forwarded message is its own message: the outer text holds only the customer's words")
    func forwardedMessage() throws {
        let output = EmlReader.read(
            try fixtureBytes("email", "forwarded-rfc822-fr.eml"), path: "f.eml", options: shopOptions)
        #expect(output.verbatims.map(\.source.position) == ["", "embedded message 2"])
        let outer = try #require(output.verbatims.first)
        #expect(
            outer.text
                == "Bonjour, je vous transfère la réponse reçue : elle ne règle rien, la lampe clignote toujours.")
        #expect(outer.context == "Lampe défectueuse")
        #expect(outer.date == CivilTime.date(year: 2026, month: 3, day: 2, hour: 9, minute: 12))
        let embedded = try #require(output.verbatims.last)
        #expect(embedded.text == "La lampe achetée la semaine dernière clignote sans arrêt.")
        #expect(embedded.context == "Lampe qui clignote")
        #expect(embedded.date == CivilTime.date(year: 2026, month: 2, day: 25, hour: 8, minute: 5))
        #expect(embedded.customer == outer.customer)
        // The shop's forwarded reply is the shop's: skipped, never a customer's words.
        #expect(output.skipped == [.agent: 1])
        for verbatim in output.verbatims {
            #expect(
                !verbatim.text.contains("From:") && !verbatim.text.contains("--inner")
                    && !verbatim.text.contains("redémarrer"))
        }
    }

    @Test("Each entry of a digest is a message of its own, with its sender, date and subject")
    func digest() throws {
        let output = EmlReader.read(try fixtureBytes("email", "digest-en.eml"), path: "d.eml", options: shopOptions)
        #expect(
            output.verbatims.map(\.text) == [
                "Two messages this week.", "My parcel is a week late and nobody answers the phone.",
                "The lamp is lovely and arrived early.",
            ])
        #expect(output.verbatims.map(\.context) == ["Customer feedback digest, issue 12", "Late parcel", "Great lamp"])
        #expect(output.verbatims[1].date == CivilTime.date(year: 2026, month: 3, day: 3, hour: 16, minute: 20))
        #expect(output.verbatims[1].customer == CustomerKey.key(for: "sam@example.com", secret: "test-secret"))
        #expect(Set(output.verbatims.map(\.customer)).count == 3)
    }

    @Test("Embedded messages in an mbox are numbered under their message, with its ordinal")
    func embeddedInMbox() throws {
        let eml = try fixtureBytes("email", "forwarded-rfc822-fr.eml")
        let box =
            Array("From camille Mon Mar  2 10:12:00 2026\n".utf8) + eml
            + Array("\nFrom x Mon Mar  2 10:13:00 2026\n".utf8)
            + Array("From: b@example.com\nSubject: Autre\n\nAutre message.\n".utf8)
        let output = MboxReader.read(box, path: "b.mbox", ordinalBase: 0, options: shopOptions)
        #expect(output.verbatims.map(\.source.position) == ["message 1", "message 1, embedded message 2", "message 2"])
        #expect(output.verbatims.map(\.source.ordinal) == [0, 0, 1])
    }

    @Test("Messages nested in messages are read down to the nesting limit, then a warning says where it stops")
    func nestedMessagesAreBounded() {
        func nested(_ levels: Int) -> String {
            var mail = "From: a@example.com\nSubject: 0\n\nLe fond.\n"
            for level in 1...levels {
                mail = "From: a@example.com\nSubject: \(level)\nContent-Type: message/rfc822\n\n" + mail
            }
            return mail
        }
        let shallow = read(nested(50))
        #expect(shallow.verbatims.map(\.text) == ["Le fond."])
        #expect(shallow.skipped == [.empty: 50])
        #expect(shallow.findings.isEmpty)
        let deep = read(nested(100))
        #expect(deep.verbatims.isEmpty)
        #expect(deep.skipped == [.empty: MimeBodyExtractor.maximumDepth + 1])
        #expect(deep.findings.map(\.reason) == ["messages embedded deeper than 64 levels not read"])
    }

    @Test(
        "A Date without seconds keeps its minutes; obsolete and exporters' forms are read (RFC 5322 §4.3)",
        arguments: [
            ("Tue, 3 Mar 2026 14:05 +0100", 2026, 3, 3, 13, 5),
            ("3 Mar 2026 14:05 GMT", 2026, 3, 3, 14, 5),
            ("Tue, 03 Mar 26 14:05 EST", 2026, 3, 3, 19, 5),
            ("03 Mar 2026 14:05 CET (heure de Paris)", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 14:05:00 +01:00", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 2:05 PM +0100", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 12:05 a.m. +0000", 2026, 3, 3, 0, 5),
            ("Tue, 3 Mar 2026 14:05 (09:00 ailleurs) -0000", 2026, 3, 3, 14, 5),
        ])
    func datesWithoutSeconds(raw: String, year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        #expect(
            MailDateParser.parse(raw) == CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    @Test("An unreadable Date stays a warning and the message is kept undated")
    func unreadableDate() {
        let output = read("From: a@example.com\nDate: demain matin\n\nToujours rien.\n")
        #expect(output.verbatims.first?.date == nil)
        #expect(output.verbatims.first?.text == "Toujours rien.")
        #expect(output.findings.map(\.severity) == [.warning])
    }

    @Test("format=flowed: soft breaks joined, delsp=yes mends cut words, quotes and the signature separator kept")
    func formatFlowed() {
        let flowed =
            "From: a@example.com\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
            + "La lampe est arriv \r\née cassée et le  \r\nsupport ne répond pas.\r\n"
        #expect(read(flowed).verbatims.first?.text == "La lampe est arrivée cassée et le support ne répond pas.")
        #expect(
            FlowedText.unflow("The lamp \nflickers.\n> old \n> quote\n-- \nSam\n", deleteSpace: false)
                == "The lamp flickers.\n> old \n> quote\n-- \nSam\n")
        #expect(FlowedText.unflow(" From the start\n", deleteSpace: false) == "From the start\n")
    }

    @Test("A Content-Type that is no type/subtype is text/plain (RFC 2045 §5.2), not a part without text")
    func invalidContentType() {
        #expect(
            read("From: a@example.com\nContent-Type: text plain\n\nColis jamais arrivé.\n").verbatims.map(\.text) == [
                "Colis jamais arrivé."
            ])
        // A part with an invalid type and a file name is a file, whatever comes first.
        let mail =
            "From: a@example.com\nContent-Type: multipart/mixed; boundary=k\n\n--k\nContent-Type: BINARY; name=\"dump\"\n\n"
            + "0x00 0x01\n--k\nContent-Type: text/plain\n\nThe dump of my broken lamp is attached.\n--k--\n"
        #expect(read(mail).verbatims.map(\.text) == ["The dump of my broken lamp is attached."])
    }

    @Test(
        "Content-Transfer-Encoding written with quotes, case or parameters still decodes",
        arguments: ["\"base64\"", "Base64; x-note=1", "BASE64 (encoded)"])
    func transferEncodingOddities(value: String) {
        let mail =
            "From: a@example.com\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: \(value)\n\n"
            + "TGl2cmFpc29uIHJhdMOpZS4=\n"
        #expect(read(mail).verbatims.first?.text == "Livraison ratée.")
    }
}
