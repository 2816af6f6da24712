import Foundation
import Tagging
import Testing
import TextProcessing
import VerbatimModel

/// Themes found in the customer's words with the bundled lexicons.
struct ThemeDetectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: Language
        var journey: String = "ecommerce"
        var expected: [String]
        var absent: [String] = []
        var testDescription: String { "\(language): \(text)" }
    }

    static let cases: [Case] = [
        // Inflections through stems and folding.
        Case(text: "J'attends toujours d'être remboursée.", language: .fr, expected: ["refund"]),
        Case(text: "Still no refunds after three weeks.", language: .en, expected: ["refund"]),
        Case(text: "LIVRAISON impeccable", language: .fr, expected: ["delivery"]),
        Case(text: "Livraison ultra rapide, colis reçu en 24h", language: .fr, expected: ["delivery"]),
        Case(text: "The parcel was delivered on Monday.", language: .en, expected: ["delivery"]),
        // Accents missing in the text still match.
        Case(
            text: "le remboursement na jamais ete fait, service apres vente injoignable", language: .fr,
            expected: ["refund", "customer_service"]),
        // Multiword patterns, gaps, and leftmost-longest: a delay is not also a delivery.
        Case(
            text: "Retard de livraison inadmissible", language: .fr, expected: ["delivery_delay"], absent: ["delivery"]),
        Case(
            text: "Énorme retard pour ma livraison", language: .fr, expected: ["delivery_delay"], absent: ["delivery"]),
        Case(text: "Late delivery again.", language: .en, expected: ["delivery_delay"], absent: ["delivery"]),
        Case(text: "My parcel never arrived.", language: .en, expected: ["delivery", "delivery_delay"]),
        Case(
            text: "Le rapport qualité/prix est excellent", language: .fr, expected: ["value_for_money"],
            absent: ["price", "product_quality"]),
        Case(
            text: "Le code promo ne fonctionne pas", language: .fr, expected: ["promo_code"], absent: ["product_defect"]
        ),
        Case(text: "The promo code does not work", language: .en, expected: ["promo_code"], absent: ["product_defect"]),
        Case(text: "Le chatbot tourne en rond", language: .fr, expected: ["chatbot"]),
        Case(text: "Impossible de parler à un humain, le bot boucle", language: .fr, expected: ["chatbot"]),
        Case(text: "Je n'arrive pas à me connecter à mon compte", language: .fr, expected: ["account_login"]),
        // `retour`: a product return …
        Case(text: "J'ai fait un retour il y a un mois", language: .fr, expected: ["returns"]),
        Case(text: "Retourner un article est compliqué", language: .fr, expected: ["returns"]),
        Case(text: "L'étiquette de retour n'est jamais arrivée", language: .fr, expected: ["returns"]),
        Case(text: "I returned the jacket last week", language: .en, expected: ["returns"]),
        // … or a reply, feedback, a return trip.
        Case(text: "Merci pour votre retour rapide", language: .fr, expected: [], absent: ["returns"]),
        Case(text: "Dans l'attente d'une réponse en retour", language: .fr, expected: [], absent: ["returns"]),
        Case(
            text: "Je vous ai écrit par retour de mail", language: .fr, expected: ["email_support"], absent: ["returns"]
        ),
        Case(
            text: "Toujours aucun retour de votre part", language: .fr, expected: ["customer_service"],
            absent: ["returns"]),
        Case(
            text: "Billet aller-retour trop cher", language: .fr, journey: "transport",
            expected: ["ticketing", "price"],
            absent: ["returns"]),
        Case(text: "I will expect something in return", language: .en, expected: [], absent: ["returns"]),
        // `livré` (delivered) versus `livre` (the book).
        Case(text: "Le livre est passionnant", language: .fr, expected: [], absent: ["delivery"]),
        Case(text: "Colis livré en avance", language: .fr, expected: ["delivery"]),
        Case(text: "Commande jamais livrée", language: .fr, expected: ["delivery"]),
        // `se rendre compte` is not an account.
        Case(
            text: "Je me suis rendu compte que la taille était trop petite", language: .fr, expected: ["size_fit"],
            absent: ["account_login"]),
        // The journey scopes the themes: `retard` is a late train in transport.
        Case(text: "Train en retard de 40 minutes", language: .fr, journey: "transport", expected: ["trip_delay"]),
        Case(
            text: "The flight was delayed and the seats were cramped", language: .en, journey: "transport",
            expected: ["trip_delay", "comfort"]),
        Case(
            text: "Service lent mais plats délicieux", language: .fr, journey: "hospitality",
            expected: ["service_speed", "food_quality"]),
        Case(
            text: "Great food, friendly waiter, a bit noisy", language: .en, journey: "hospitality",
            expected: ["food_quality", "table_service", "noise"]),
        Case(
            text: "L'application plante à chaque mise à jour", language: .fr, journey: "saas",
            expected: ["mobile_app", "bugs"]),
        Case(
            text: "The docs are outdated and onboarding took ages", language: .en, journey: "saas",
            expected: ["documentation", "onboarding"]),
        // Currency symbols are words to patterns: a price.
        Case(text: "45 € pour deux cafés", language: .fr, journey: "hospitality", expected: ["price", "drinks"]),
        Case(
            text: "Paid $30 for a tiny burger", language: .en, journey: "hospitality",
            expected: ["price", "food_quality"]),
    ]

    @Test("themes of a verbatim", arguments: cases)
    func themes(_ testCase: Case) throws {
        let tagger = try TaggingFixture.tagger(journey: testCase.journey)
        let tags = tagger.tag(
            TaggingFixture.verbatim(testCase.text), language: testCase.language, sentiment: TaggingFixture.flat(0))
        let themes = tags.themes.map(\.theme)
        for theme in testCase.expected {
            #expect(themes.contains(theme), "expected \(theme) in \(themes)")
        }
        for theme in testCase.absent {
            #expect(!themes.contains(theme), "did not expect \(theme) in \(themes)")
        }
        if testCase.expected.isEmpty && testCase.absent.isEmpty { #expect(themes.isEmpty) }
    }

    @Test(
        "the scorer's byte tokens give the same tags",
        arguments: [
            ("Livraison rapide mais lampe cassée, j'ai dû rappeler trois fois", Language.fr),
            ("The e-mail said my parcel was lost; I want a refund asap", .en),
            ("Rapport qualité/prix correct, SAV injoignable depuis le 3/10 — 49,90 € pour rien", .fr),
        ])
    func scorerBuffer(text: String, language: Language) throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim(text)
        let sentiment = TaggingFixture.flat(-0.4)
        var buffer = TokenBuffer()
        buffer.removeAll()
        ByteTokenizer.tokenize(text, into: &buffer)
        let viaBuffer = tagger.tag(
            text, tokens: buffer, context: TagContext(verbatim), language: language, sentiment: sentiment)
        #expect(viaBuffer == tagger.tag(verbatim, language: language, sentiment: sentiment))
        #expect(!viaBuffer.themes.isEmpty)
    }

    @Test("each theme is reported once, in order of first mention")
    func onceInOrder() throws {
        let tagger = try TaggingFixture.tagger()
        let text = "Le remboursement, puis la livraison, puis encore le remboursement."
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: .fr, sentiment: TaggingFixture.flat(-0.2))
        #expect(tags.themes.map(\.theme) == ["refund", "delivery"])
    }

    @Test("an unknown language uses the terms of both languages")
    func unknownLanguage() throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim("refund please, remboursement svp"), language: .unknown,
            sentiment: TaggingFixture.flat(0))
        #expect(tags.themes.map(\.theme) == ["refund"])
        let english = tagger.tag(TaggingFixture.verbatim("livraison"), language: .en, sentiment: TaggingFixture.flat(0))
        #expect(english.themes.isEmpty)
    }
}
