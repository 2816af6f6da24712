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
        let output = EmlReader.read(try fixtureBytes("email", "inline-named-body-en.eml"), path: "i.eml", options: shopOptions)
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
        let mail = "From: lea@exemple.fr\nSubject: Retour\nContent-Type: multipart/mixed; boundary=z\n\n--z\n"
            + partHeaders + "\nLe colis est reparti sans explication.\n--z--\n"
        #expect(read(mail).verbatims.map(\.text) == ["Le colis est reparti sans explication."])
    }

    @Test("A text file sent as an attachment is never the body")
    func attachmentIsNotBody() {
        let mail = "From: lea@exemple.fr\nSubject: Facture\nContent-Type: multipart/mixed; boundary=z\n\n--z\n"
            + "Content-Type: text/plain; name=\"facture.txt\"\nContent-Disposition: attachment; filename=\"facture.txt\"\n\n"
            + "FACTURE 4471\n--z--\n"
        let output = read(mail)
        #expect(output.verbatims.isEmpty)
        #expect(output.skipped == [.empty: 1])
    }

    @Test("format=flowed: soft breaks joined, delsp=yes mends cut words, quotes and the signature separator kept")
    func formatFlowed() {
        let flowed = "From: a@example.com\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
            + "La lampe est arriv \r\née cassée et le  \r\nsupport ne répond pas.\r\n"
        #expect(read(flowed).verbatims.first?.text == "La lampe est arrivée cassée et le support ne répond pas.")
        #expect(FlowedText.unflow("The lamp \nflickers.\n> old \n> quote\n-- \nSam\n", deleteSpace: false)
            == "The lamp flickers.\n> old \n> quote\n-- \nSam\n")
        #expect(FlowedText.unflow(" From the start\n", deleteSpace: false) == "From the start\n")
    }

    @Test(
        "Content-Transfer-Encoding written with quotes, case or parameters still decodes",
        arguments: ["\"base64\"", "Base64; x-note=1", "BASE64 (encoded)"])
    func transferEncodingOddities(value: String) {
        let mail = "From: a@example.com\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: \(value)\n\n"
            + "TGl2cmFpc29uIHJhdMOpZS4=\n"
        #expect(read(mail).verbatims.first?.text == "Livraison ratée.")
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
        #expect(MailDateParser.parse(raw) == CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    @Test("An unreadable Date stays a warning and the message is kept undated")
    func unreadableDate() {
        let output = read("From: a@example.com\nDate: demain matin\n\nToujours rien.\n")
        #expect(output.verbatims.first?.date == nil)
        #expect(output.verbatims.first?.text == "Toujours rien.")
        #expect(output.findings.map(\.severity) == [.warning])
    }
}
