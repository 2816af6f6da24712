import Foundation
import Tagging
import Testing
import VerbatimModel

/// Where a verbatim is filed in the journey.
struct TouchpointTests {
    @Test("touchpoints are in journey order with other last")
    func order() throws {
        let tagger = try TaggingFixture.tagger()
        #expect(tagger.touchpoints.first == "discovery_ads")
        #expect(tagger.touchpoints.last == "other")
        #expect(tagger.touchpoints.count == 11)
        let hospitality = try TaggingFixture.tagger(journey: "hospitality")
        #expect(
            hospitality.touchpoints == [
                "booking", "welcome", "waiting", "service", "food", "price", "ambiance", "other",
            ])
    }

    @Test(
        "a survey step naming a touchpoint wins over the themes",
        arguments: [
            ("Livraison", "delivery"), ("  LIVRAISON ", "delivery"), ("customer-service", "customer_service"),
            ("Service après-vente", "customer_service"), ("Returns & Refunds", "returns_refunds"),
            ("Equipment Received", "product_received"),
        ])
    func hintWins(hint: String, expected: String) throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim("Le remboursement n'arrive pas", channel: .survey, nps: 2, hint: hint)
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == expected)
        #expect(tags.themes.map(\.theme) == ["refund"])
    }

    @Test(
        "the telecom journey's touchpoints are the survey stages",
        arguments: [
            ("Order", "order"), ("First Payment", "first_payment"), ("Equipment Received", "equipment_received"),
            ("Service in Use", "service_in_use"),
        ])
    func telecomStages(hint: String, expected: String) throws {
        let tagger = try TaggingFixture.tagger(journey: "telecom")
        let verbatim = TaggingFixture.verbatim("The engineer never came", channel: .survey, nps: 3, hint: hint)
        #expect(tagger.tag(verbatim, language: .en, sentiment: TaggingFixture.flat(-0.5)).touchpoint == expected)
    }

    @Test("a survey step that names no touchpoint falls back to the themes")
    func unknownHint() throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim("Le remboursement n'arrive pas", channel: .survey, hint: "Étape 7")
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == "returns_refunds")
    }

    @Test(
        "the most negative theme decides",
        arguments: [
            (
                "Livraison rapide mais lampe cassée", Language.fr,
                [("Livraison rapide", 0.6), ("mais lampe cassée", -0.7)],
                "product_received"
            ),
            (
                "Lampe cassée mais livraison rapide", Language.fr,
                [("Lampe cassée", -0.3), ("mais livraison rapide", 0.9)],
                "product_received"
            ),
            (
                "Refund was quick, but the delivery was late", Language.en,
                [("Refund was quick", 0.5), ("but the delivery was late", -0.4)], "delivery"
            ),
        ])
    func mostNegative(text: String, language: Language, clauses: [(String, Double)], expected: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text), language: language,
            sentiment: TaggingFixture.sentiment(text, clauses: clauses))
        #expect(tags.touchpoint == expected)
    }

    @Test(
        "the planted hot spots land on their touchpoints",
        arguments: [
            ("Remboursement jamais reçu malgré mes relances", Language.fr, "returns_refunds"),
            ("Toujours pas remboursée, trois semaines après mon retour", .fr, "returns_refunds"),
            ("I never received my refund for the returned jacket", .en, "returns_refunds"),
            ("My order still hasn't arrived after three weeks", .en, "delivery"),
            ("Colis toujours pas livré, commande passée il y a 15 jours", .fr, "delivery"),
            ("Le chatbot tourne en boucle, impossible d'avoir un humain", .fr, "customer_service"),
            ("The chatbot keeps looping back to the same menu", .en, "customer_service"),
        ])
    func hotSpots(text: String, language: Language, expected: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text, channel: .email), language: language, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == expected, "\(tags.themes.map(\.theme))")
    }

    @Test("with no negative theme the most positive decides; equal scores go to the step named first")
    func positiveAndTies() throws {
        let tagger = try TaggingFixture.tagger()
        let text = "Super site, et la livraison était top"
        let positive = tagger.tag(
            TaggingFixture.verbatim(text), language: .fr,
            sentiment: TaggingFixture.sentiment(
                text, clauses: [("Super site", 0.3), ("et la livraison était top", 0.8)]))
        #expect(positive.touchpoint == "delivery")
        let tie = tagger.tag(
            TaggingFixture.verbatim("Colis perdu et service client injoignable"), language: .fr,
            sentiment: TaggingFixture.flat(-0.7))
        #expect(tie.touchpoint == "delivery")
    }

    @Test("without themes the channel default applies, else other")
    func channelDefault() throws {
        let tagger = try TaggingFixture.tagger()
        let chat = tagger.tag(TaggingFixture.verbatim("Bonjour ?", channel: .chat), language: .fr, sentiment: .neutral)
        #expect(chat.touchpoint == "customer_service")
        let review = tagger.tag(TaggingFixture.verbatim("Bof.", channel: .review), language: .fr, sentiment: .neutral)
        #expect(review.touchpoint == "product_received")
        let email = tagger.tag(TaggingFixture.verbatim("Bof.", channel: .email), language: .fr, sentiment: .neutral)
        #expect(email.touchpoint == "other")
    }

    @Test("a bare text has no channel, so no channel default files it")
    func bareTextHasNoChannelDefault() throws {
        let tagger = try TaggingFixture.tagger()
        let bare = tagger.tag("Bonjour ?", context: .none, language: .fr, sentiment: .neutral)
        #expect(bare.touchpoint == "other")
        let chat = tagger.tag("Bonjour ?", context: TagContext(channel: .chat), language: .fr, sentiment: .neutral)
        #expect(chat.touchpoint == "customer_service")
    }

    @Test("a bundled journey can be named without its path")
    func journeyByName() throws {
        let tagger = try Tagger(
            lexiconDirectory: TaggingFixture.lexicons, journey: URL(fileURLWithPath: "saas"))
        #expect(tagger.touchpoints == ["onboarding", "documentation", "bugs", "support", "billing", "other"])
    }
}

/// Odd input never breaks tagging.
struct OddInputTests {
    @Test(
        "empty, symbolic or broken texts tag as nothing",
        arguments: [
            "", " ", "😡😡😡", "----", "l'", "~ * <number>", "a-b-c--d", "€€€ $",
        ])
    func oddText(text: String) throws {
        let tagger = try TaggingFixture.tagger()
        let sentiment = SentimentResult(
            score: -0.2, label: .negative, clauses: [ClauseScore(start: 5, end: 900, score: -0.2, weight: 1)])
        // An e-mail, which no channel default files (a review would default to the product).
        let tags = tagger.tag(TaggingFixture.verbatim(text, channel: .email), language: .unknown, sentiment: sentiment)
        #expect(tags.touchpoint == "other" || tags.themes.map(\.theme) == ["price"])
        #expect(tags.signals.isEmpty)
    }
}
