import Tagging
import Testing
import VerbatimModel

/// Each theme takes the sentiment of the clause that mentions it.
struct AspectSentimentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: Language
        var clauses: [(String, Double)]
        var positive: String
        var negative: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(
            text: "Livraison rapide mais lampe cassée", language: .fr,
            clauses: [("Livraison rapide", 0.6), ("mais lampe cassée", -0.7)],
            positive: "delivery", negative: "product_defect"),
        Case(
            text: "Fast delivery but the lamp arrived broken", language: .en,
            clauses: [("Fast delivery", 0.6), ("but the lamp arrived broken", -0.7)],
            positive: "delivery", negative: "product_defect"),
        Case(
            text: "Le remboursement a pris un mois, par contre le service client était adorable.", language: .fr,
            clauses: [("Le remboursement a pris un mois", -0.5), ("par contre le service client était adorable", 0.8)],
            positive: "customer_service", negative: "refund"),
    ]

    @Test("two clauses of opposite sign give two themes of opposite sign", arguments: cases)
    func oppositeSigns(_ testCase: Case) throws {
        let tagger = try TaggingFixture.tagger()
        let sentiment = TaggingFixture.sentiment(testCase.text, clauses: testCase.clauses)
        let tags = tagger.tag(TaggingFixture.verbatim(testCase.text), language: testCase.language, sentiment: sentiment)
        let byTheme = Dictionary(tags.themes.map { ($0.theme, $0.sentiment) }, uniquingKeysWith: { first, _ in first })
        let positiveScore = testCase.clauses.map(\.1).max() ?? 0
        let negativeScore = testCase.clauses.map(\.1).min() ?? 0
        #expect(byTheme[testCase.positive] == positiveScore)
        #expect(byTheme[testCase.negative] == negativeScore)
    }

    @Test("without clauses a theme takes the verbatim score")
    func noClauses() throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim("Livraison en retard"), language: .fr, sentiment: TaggingFixture.flat(-0.4))
        #expect(tags.themes == [ThemeMention(theme: "delivery_delay", sentiment: -0.4)])
    }

    @Test("a theme mentioned in two clauses takes their mean")
    func meanOfMentions() throws {
        let tagger = try TaggingFixture.tagger()
        let text = "Le remboursement est arrivé, mais le remboursement était incomplet"
        let sentiment = TaggingFixture.sentiment(
            text, clauses: [("Le remboursement est arrivé", 0.4), ("mais le remboursement était incomplet", -0.8)])
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: .fr, sentiment: sentiment)
        let refund = try #require(tags.themes.first { $0.theme == "refund" })
        #expect(abs(refund.sentiment - (-0.2)) < 1e-9)
    }

    @Test("context themes (subject, title) add themes with the verbatim score, after the text's own")
    func contextThemes() throws {
        let tagger = try TaggingFixture.tagger()
        let text = "Bonjour, toujours rien depuis trois semaines."
        let verbatim = TaggingFixture.verbatim(text, channel: .email, context: "Retard de livraison commande 4411")
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(-0.6))
        // The text's unnamed wait (a fallback theme) first, then the subject's step, which places it.
        #expect(
            tags.themes == [
                ThemeMention(theme: "order_wait", sentiment: -0.6),
                ThemeMention(theme: "delivery_delay", sentiment: -0.6),
            ])
        #expect(tags.touchpoint == "delivery")
        #expect(tags.placement == .context)
    }

    @Test("the text's themes decide the touchpoint before the context's")
    func contextWeighsLess() throws {
        let tagger = try TaggingFixture.tagger()
        let text = "Le remboursement n'a jamais été effectué"
        let verbatim = TaggingFixture.verbatim(text, channel: .email, context: "Colis perdu")
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(-0.5))
        #expect(tags.themes.map(\.theme) == ["refund", "parcel_lost_damaged"])
        #expect(tags.touchpoint == "returns_refunds")
    }
}
