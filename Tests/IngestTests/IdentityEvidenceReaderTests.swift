import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// The repository's identity lists (`lexicons/identity`), loaded as a run loads them.
let repositoryIdentity = IdentityLexicon.load(
    from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/identity"))

/// A French shop's options: its domain, a fixed secret, national numbers read as French.
let identityOptions: IngestOptions = {
    var options = shopOptions
    options.identity = IdentityOptions(phoneCountry: NationalPhonePlan.named("33"), lexicon: repositoryIdentity.lexicon)
    return options
}()

/// The entry each kind of evidence gets, as the other half of issue 18 (people) relies on.
func entry(_ kind: String, _ identity: String) -> String {
    kind + ":" + identityOptions.customerKeyer.key(for: identity)
}

/// Each reader puts on its verbatims the author's evidence, from its metadata and from the text.
@Suite("Identity evidence: what each reader gives")
struct IdentityEvidenceReaderTests {
    static func read(_ text: String, _ format: InputFormat, path: String) -> IngestOutput {
        Ingestor.read(Array(text.utf8), format: format, path: path, options: identityOptions)
    }

    @Test("E-mail: the sender keyed as its customer key, and the phone and order of the text and subject")
    func emailSender() throws {
        let output = Self.read(
            """
            From: Marie Lefèvre <Marie.Lefevre@exemple.fr>
            To: service-client@boutique.example
            Subject: Commande CMD-1234567
            Date: Mon, 2 Nov 2026 10:00:00 +0100

            Bonjour, rappelez-moi au 06 12 34 56 78, ou écrivez à mon mari jean@exemple.fr.
            Ne répondez pas à noreply@exemple.fr ni à service-client@boutique.example.
            """, .eml, path: "a.eml")
        let verbatim = try #require(output.verbatims.first)
        let customer = try #require(verbatim.customer)
        #expect(
            verbatim.evidence
                == [
                    "email:" + customer, entry("email", "jean@exemple.fr"), entry("order", "order:CMD1234567"),
                    entry("phone", "tel:+33612345678"),
                ].sorted())
        #expect(entry("email", "marie.lefevre@exemple.fr") == "email:" + customer)
    }

    @Test("E-mail: a relay sender is no evidence, its Reply-To is")
    func relaySender() throws {
        let output = Self.read(
            """
            From: Amazon Marketplace <abc123xyz@marketplace.amazon.fr>
            Reply-To: Paul Martin <paul.martin@example.com>
            Subject: Where is my parcel?
            Date: Mon, 2 Nov 2026 10:00:00 +0100

            My parcel never arrived.
            """, .eml, path: "b.eml")
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.evidence == [entry("email", "paul.martin@example.com")])
    }

    @Test("Chat: every customer turn carries the evidence of all the customer's turns, never the agent's")
    func chatTranscript() throws {
        let output = Self.read(
            """
            [10:02] Client: Bonjour, ma commande n'est pas arrivée
            [10:03] Agent Tom: Pouvez-vous me donner votre numéro de commande ? Le mien est AB999999.
            [10:04] Client: CMD-7654321
            [10:05] Client: et mon mail c'est lea@exemple.fr, merci de faire vite
            """, .chatText, path: "chat.txt")
        #expect(output.verbatims.count == 2)
        let expected = [entry("email", "lea@exemple.fr"), entry("order", "order:CMD7654321")].sorted()
        for verbatim in output.verbatims { #expect(verbatim.evidence == expected) }
    }

    @Test("WhatsApp: the number of the file name and of a speaker named by it")
    func whatsApp() throws {
        let output = Self.read(
            """
            02/11/2026, 10:02 - +33 6 12 34 56 78: Bonjour, ma lampe est arrivée cassée
            02/11/2026, 10:05 - Maison Boutique: Bonjour, en quoi puis-je vous aider ?
            """, .chatText, path: "WhatsApp Chat with +33 6 12 34 56 78.txt")
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.evidence == [entry("phone", "tel:+33612345678")])
    }

    @Test("Chat JSON: the visitor's address and phone fields, not the agent's address")
    func chatJSON() throws {
        let output = Self.read(
            """
            {"id": "c1", "visitor": {"name": "Léa", "email": "Lea@Exemple.fr", "phone": "+44 7700 900123"},
             "messages": [
              {"author": {"name": "Léa", "type": "customer"}, "text": "Where is my order?"},
              {"author": {"name": "Tom", "type": "agent", "email": "tom@agents.example"}, "text": "Let me check."}
             ]}
            """, .chatJSON, path: "c.json")
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.evidence == [entry("email", "lea@exemple.fr"), entry("phone", "tel:+447700900123")].sorted())
    }

    @Test(
        "Survey: identity columns by header word or content, and the comments, shared by all the answers",
        arguments: [
            "Date;NPS;Commentaire;Suggestion;Adresse e-mail;Téléphone",
            "Date;NPS;Comment;Suggestion;Contact;Mobile",
        ])
    func survey(header: String) throws {
        let output = Self.read(
            """
            \(header)
            2026-11-02;2;Commande CMD-1234567 jamais reçue;Rappelez-moi;marie@exemple.fr;06 12 34 56 78
            2026-11-03;9;Très bien;Rien à ajouter de plus;paul@example.com;07 11 22 33 44
            """, .survey, path: "s.csv")
        #expect(output.verbatims.count == 4)
        let marie = [
            entry("email", "marie@exemple.fr"), entry("order", "order:CMD1234567"), entry("phone", "tel:+33612345678"),
        ].sorted()
        #expect(output.verbatims.prefix(2).allSatisfy { $0.evidence == marie })
        #expect(output.verbatims.allSatisfy { !$0.text.contains("@") })
    }

    @Test("Survey: an order number column taken for the respondent id is evidence too")
    func respondentOrderColumn() throws {
        let output = Self.read(
            "Numéro de commande;Date;NPS;Commentaire\nFR20931874;2026-11-12;1;Livraison ratée, colis reparti\n",
            .survey, path: "s.csv")
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.evidence == [entry("order", "order:FR20931874")])
    }

    @Test("Reviews: text evidence only, never the reviewer's name")
    func review() throws {
        let page = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "Product", "name": "Lampe",
             "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Marie"},
               "reviewBody": "Commande CMD-1234567 arrivée cassée.", "reviewRating": {"ratingValue": 1}}]}
            </script></head><body></body></html>
            """
        let verbatim = try #require(Self.read(page, .reviewHTML, path: "r.html").verbatims.first)
        #expect(verbatim.evidence == [entry("order", "order:CMD1234567")])
    }

    @Test("A company or generic address is never evidence, in any text")
    func excluded() {
        var evidence = IdentityEvidence(options: identityOptions)
        evidence.scan("écrivez à sav@boutique.example, no-reply+42@exemple.fr ou postmaster@exemple.fr")
        evidence.add(address: "Contact@Shop.example")
        #expect(evidence.sorted.isEmpty)
    }
}
