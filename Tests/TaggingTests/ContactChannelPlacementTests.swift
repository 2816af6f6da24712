import Foundation
import Lexicons
import Tagging
import Testing
import VerbatimModel

/// A verbatim is filed at the journey step the customer talks about, not at the channel they used
/// to reach us: contact-channel themes (`contact_themes` of the journey) decide only when no step
/// theme does.
struct ContactChannelPlacementTests {
    @Test(
        "a refund, delivery or product complaint that tells of calls and e-mails stays at its step",
        arguments: [
            ("J'ai appelé trois fois pour mon remboursement, personne ne répond", Language.fr, "returns_refunds"),
            (
                "Remboursement promis il y a un mois. Trois mails, aucune réponse du service client", .fr,
                "returns_refunds"
            ),
            ("I called three times about my refund and the agent keeps saying next week", .en, "returns_refunds"),
            ("Sent two emails about my return label, no reply from customer service", .en, "returns_refunds"),
            ("Colis toujours pas livré, j'ai appelé le SAV deux fois", .fr, "delivery"),
            ("The lamp arrived broken, I phoned twice and waited on hold", .en, "product_received"),
        ])
    func stepBeatsContact(text: String, language: Language, expected: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text, channel: .email), language: language, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == expected, "\(tags.themes.map(\.theme))")
    }

    @Test(
        "a verbatim that names only how the customer reached us goes to customer service",
        arguments: [
            ("j'ai appelé 3 fois, personne ne répond", Language.fr),
            ("Le chatbot tourne en rond et aucune réponse à mes mails", .fr),
            ("I called 3 times and was on hold for an hour", .en),
            ("The agent hung up on me", .en),
        ])
    func contactAlone(text: String, language: Language) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text, channel: .review), language: language, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == "customer_service", "\(tags.themes.map(\.theme))")
    }

    @Test(
        "a blamed contact channel beats journey steps that are only praised",
        arguments: [
            ("Livraison rapide mais SAV injoignable", Language.fr, "Livraison rapide", "mais SAV injoignable"),
            (
                "Fast delivery, but customer service never answered", .en, "Fast delivery",
                "but customer service never answered"
            ),
        ])
    func blamedContact(text: String, language: Language, praise: String, blame: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text), language: language,
            sentiment: TaggingFixture.sentiment(text, clauses: [(praise, 0.6), (blame, -0.7)]))
        #expect(tags.touchpoint == "customer_service", "\(tags.themes)")
        // A step stated flatly (a fact, no praise) still wins over the contact channel.
        let flat = tagger.tag(
            TaggingFixture.verbatim(text), language: language,
            sentiment: TaggingFixture.sentiment(text, clauses: [(praise, 0), (blame, -0.7)]))
        #expect(flat.touchpoint == "delivery")
    }

    @Test(
        "an e-mail subject naming a step beats a body that only names a contact channel",
        arguments: [
            ("Remboursement commande 1234", "J'ai appelé trois fois, personne ne répond", Language.fr),
            ("Refund for order 1234", "I called three times and nobody answers", .en),
        ])
    func subjectStep(subject: String, body: String, language: Language) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(body, channel: .email, context: subject), language: language,
            sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == "returns_refunds", "\(tags.themes.map(\.theme))")
        let bodyOnly = tagger.tag(
            TaggingFixture.verbatim(body, channel: .email), language: language, sentiment: TaggingFixture.flat(-0.6))
        #expect(bodyOnly.touchpoint == "customer_service")
    }

    @Test(
        "contact channels are marked in the bundled journeys",
        arguments: [
            ("ecommerce", ["phone_support", "email_support", "chatbot", "customer_service"], "customer_service"),
            ("saas", ["phone_support", "email_support", "chatbot", "customer_service"], "support"),
            ("transport", ["phone_support", "email_support", "chatbot", "customer_service"], "after_sale"),
            ("telecom", ["phone_support", "email_support", "chatbot", "customer_service"], "service_in_use"),
        ])
    func bundled(journey: String, contacts: [String], touchpoint: String) throws {
        let tagger = try TaggingFixture.tagger(journey: journey)
        #expect(Set(contacts).isSubset(of: tagger.journey.contactThemes))
        #expect(tagger.journey.touchpoints.first { $0.id == touchpoint }?.contactThemes.isEmpty == false)
        #expect(!tagger.journey.contactThemes.contains("refund"))
    }

    @Test("a restaurant has no contact channel: its staff and waiting are steps of the meal")
    func hospitality() throws {
        let tagger = try TaggingFixture.tagger(journey: "hospitality")
        #expect(tagger.journey.contactThemes.isEmpty)
    }

    @Test("a journey file without contact_themes loads, and every theme is a step as before")
    func oldJourneyFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journey-\(UUID().uuidString).tsv")
        try
            ("# written before contact_themes\norder\ttouchpoint\tlabel_fr\tlabel_en\tthemes\tchannels\n"
            + "1\tsupport\tSAV\tSupport\tphone_support, customer_service\n2\trefunds\tRemboursements\tRefunds\trefund\n")
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let tagger = try Tagger(lexiconDirectory: TaggingFixture.lexicons, journey: url)
        #expect(tagger.journey.contactThemes.isEmpty)
        let tags = tagger.tag(
            TaggingFixture.verbatim("J'ai appelé trois fois pour mon remboursement"), language: .fr,
            sentiment: TaggingFixture.flat(-0.6))
        // Equal scores, the step named first: the phone call, as the file's author had it.
        #expect(tags.touchpoint == "support")
    }
}
