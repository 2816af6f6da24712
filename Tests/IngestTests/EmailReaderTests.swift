import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// The bytes of a fixture written for these tests under `Fixtures/<folder>/`.
func fixtureBytes(_ folder: String, _ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(folder)/\(name)")
    return [UInt8](try Data(contentsOf: url))
}

/// Options as a shop would configure them: its own domain, a fixed secret.
let shopOptions = IngestOptions(companyDomains: ["boutique.example", "shop.example"], customerKeySecret: "test-secret")
    .withRepositorySpeakers()

@Suite("Email: .eml messages")
struct EmailReaderTests {
    private func readEml(_ name: String) throws -> IngestOutput {
        EmlReader.read(try fixtureBytes("email", name), path: "mail/\(name)", options: shopOptions)
    }

    @Test("Quoted-printable Latin-1 French mail: accents, subject, date, thread, no quote, no signature")
    func quotedPrintableLatin1() throws {
        let output = try readEml("qp-latin1-fr.eml")
        let verbatim = try #require(output.verbatims.first)
        #expect(output.verbatims.count == 1)
        #expect(
            verbatim.text.hasPrefix("Bonjour,\n\nJe n'ai toujours pas reçu le remboursement de ma commande n° 48213"))
        #expect(verbatim.text.hasSuffix("c'est inadmissible."))
        #expect(!verbatim.text.contains("5 jours ouvrés"))
        #expect(!verbatim.text.contains("écrit"))
        #expect(!verbatim.text.contains("Lefèvre"))
        #expect(verbatim.context == "Remboursement toujours pas reçu")
        #expect(verbatim.channel == .email)
        #expect(verbatim.source == SourceLocation(path: "mail/qp-latin1-fr.eml", ordinal: 0, position: ""))
        // Fri, 13 Mar 2026 09:15:02 +0100 is 08:15:02 UTC.
        #expect(verbatim.date == CivilTime.date(year: 2026, month: 3, day: 13, hour: 8, minute: 15, second: 2))
        #expect(verbatim.conversation == StableHash.hex(of: "first-0@exemple.fr"))
    }

    @Test("The customer key is a keyed hash of the lowercased address, never the address")
    func customerKeyIsPseudonymous() throws {
        let output = try readEml("qp-latin1-fr.eml")
        let verbatim = try #require(output.verbatims.first)
        let expected = CustomerKey.key(for: "marie.lefevre@exemple.fr", secret: "test-secret")
        #expect(verbatim.customer == expected)
        #expect(expected.count == 16)
        #expect(CustomerKey.key(for: "marie.lefevre@exemple.fr", secret: "other") != expected)
        let everything = [verbatim.text, verbatim.context ?? "", verbatim.customer ?? "", verbatim.conversation ?? ""]
        #expect(!everything.joined().lowercased().contains("exemple.fr"))
    }

    @Test("Base64 UTF-8 English mail with unpadded, re-wrapped payload and split encoded-word subject")
    func base64UTF8() throws {
        let output = try readEml("base64-utf8-en.eml")
        let verbatim = try #require(output.verbatims.first)
        #expect(
            verbatim.text
                == "Hi,\n\nThe parcel arrived today but the lamp is broken 😞 and the box was soaked.\nI'd like a replacement, not a voucher."
        )
        #expect(verbatim.context == "Broken lamp – order #991")
        // Wed, 11 Mar 26 14:03 EST: two-digit year, no seconds, named zone (UTC-5).
        #expect(verbatim.date == CivilTime.date(year: 2026, month: 3, day: 11, hour: 19, minute: 3))
    }

    @Test("multipart/alternative inside mixed: text/plain wins, attachments are left out")
    func alternativePrefersPlain() throws {
        let output = try readEml("alternative-mixed.eml")
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.text == "Ma commande devait arriver lundi, toujours rien. Le suivi ne bouge plus.")
        #expect(verbatim.context == "Livraison en retard")
    }

    @Test("Outlook reply in windows-1252: the De/Envoyé/À/Objet block and the disclaimer are cut")
    func outlookBlockAndDisclaimer() throws {
        let output = try readEml("outlook-cp1252-fr.eml")
        let verbatim = try #require(output.verbatims.first)
        #expect(
            verbatim.text == "Le vase est arrivé cassé, l’emballage était beaucoup trop léger. Je veux être remboursé.")
        #expect(verbatim.context == "Objet abîmé")
    }

    @Test(
        "Messages that are not a customer's are skipped and counted",
        arguments: [
            ("agent-reply.eml", SkipReason.agent),
            ("auto-reply.eml", SkipReason.autoReply),
            ("bounce.eml", SkipReason.bounce),
        ])
    func skipped(name: String, reason: SkipReason) throws {
        let output = try readEml(name)
        #expect(output.verbatims.isEmpty)
        #expect(output.skipped == [reason: 1])
        #expect(output.findings.isEmpty)
    }

    @Test("Precedence: bulk is skipped as bulk; a mail with no text left is skipped as empty")
    func bulkAndEmpty() {
        let bulk = Array("From: news@example.com\nPrecedence: bulk\nSubject: Promo\n\nSoldes !\n".utf8)
        #expect(EmlReader.read(bulk, path: "b.eml", options: shopOptions).skipped == [.bulk: 1])
        let empty = Array("From: a@example.com\nSubject: Re: x\n\n> only a quote\n".utf8)
        #expect(EmlReader.read(empty, path: "e.eml", options: shopOptions).skipped == [.empty: 1])
    }

    @Test("A contact-form mail sent from the company's address speaks for the customer in Reply-To")
    func contactForm() throws {
        let bytes = Array(
            "From: Formulaire <noreply@boutique.example>\nReply-To: Léa <lea@exemple.fr>\nSubject: Contact\n\nMon code promo ne fonctionne pas.\n"
                .utf8)
        let output = EmlReader.read(bytes, path: "f.eml", options: shopOptions)
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.text == "Mon code promo ne fonctionne pas.")
        #expect(verbatim.customer == CustomerKey.key(for: "lea@exemple.fr", secret: "test-secret"))
    }

    @Test("Bytes that are not a message are a finding, not a verbatim")
    func notAMessage() {
        let output = EmlReader.read(
            Array("just some text\nwithout headers\n".utf8), path: "x.eml", options: shopOptions)
        #expect(output.verbatims.isEmpty)
        #expect(output.findings.count == 1)
        #expect(output.findings.first?.source == "x.eml")
    }

    @Test("An unknown charset is decoded best-effort and reported as a warning")
    func unknownCharset() {
        let bytes = Array(
            "From: a@example.com\nContent-Type: text/plain; charset=x-klingon\n\nLivraison rapide.\n".utf8)
        let output = EmlReader.read(bytes, path: "k.eml", options: shopOptions)
        #expect(output.verbatims.first?.text == "Livraison rapide.")
        #expect(output.findings.map(\.severity) == [.warning])
        #expect(output.findings.first?.reason.contains("x-klingon") == true)
    }

    @Test("text/html only: converted to text")
    func htmlOnly() {
        let bytes = Array(
            "From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Colis re&ccedil;u ab&icirc;m&eacute;.</p><script>x()</script></body></html>\n"
                .utf8)
        let text = EmlReader.read(bytes, path: "h.eml", options: shopOptions).verbatims.first?.text ?? ""
        #expect(text.contains("Colis"))
        #expect(!text.contains("<p>"))
        #expect(!text.contains("x()"))
    }
}
