import Tagging
import Testing
import VerbatimModel

/// In the e-commerce journey, what the customer says of the product in their hands (look, light,
/// colour, finish, quality, size, assembly, defects) files the verbatim at product_received, and
/// refund and return vocabulary (with its SMS spellings) at returns_refunds.
struct ProductExperienceTests {
    @Test(
        "product praise and product faults land at product received",
        arguments: [
            ("Très belle qualité, la lumière est parfaite", Language.fr, 0.8),
            ("The shade is gorgeous", .en, 0.7),
            ("Superbe design, facile à monter", .fr, 0.8),
            ("Easy to assemble and the colour is lovely", .en, 0.7),
            ("Les dimensions ne correspondent pas à la fiche", .fr, -0.5),
            ("la lampe marche plus au bout de 2 jours", .fr, -0.5),
            ("it flickers and the base is bent", .en, -0.5),
            ("The instructions were useless, no screws in the box", .en, -0.5),
            ("Le pull a rétréci au premier lavage", .fr, -0.5),
            ("The blender is so noisy", .en, -0.5),
            ("Exactly like the pictures, very happy", .en, 0.7),
        ])
    func productReceived(text: String, language: Language, score: Double) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(score))
        #expect(tags.touchpoint == "product_received", "\(tags.themes.map(\.theme))")
    }

    @Test(
        "refund and return complaints land at returns and refunds, amounts and accents or not",
        arguments: [
            ("Remboursement de 49 € toujours pas reçu", Language.fr),
            ("toujours pas rembourse, ca fait 3 semaines", .fr),
            ("Je l'ai renvoyé il y a un mois, on m'a proposé un avoir", .fr),
            ("My refund of $49 never arrived", .en),
            ("The refund for my order never arrived", .en),
            ("I sent it back two weeks ago and still no money back", .en),
            ("Mon colis retour est arrivé chez vous le 3, toujours pas remboursé", .fr),
            ("Your warehouse signed for my return parcel a week ago", .en),
        ])
    func returnsRefunds(text: String, language: Language) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text, channel: .email), language: language, sentiment: TaggingFixture.flat(-0.6))
        #expect(tags.touchpoint == "returns_refunds", "\(tags.themes.map(\.theme))")
    }

    @Test(
        "what is not a product's look or a return stays out",
        arguments: [
            ("Pouvez-vous regarder mon dossier ?", Language.fr, [String]()),
            ("Could you look into my order?", .en, []),
            ("Le chatbot me renvoie toujours vers la FAQ", .fr, ["chatbot"]),
        ])
    func noFalseTheme(text: String, language: Language, themes: [String]) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(0))
        #expect(!tags.themes.map(\.theme).contains("product_design"))
        #expect(!tags.themes.map(\.theme).contains("returns"))
        #expect(themes.allSatisfy { tags.themes.map(\.theme).contains($0) })
    }

    @Test(
        "an answer not received is not a late parcel, and a product's filter is not the site's search",
        arguments: [
            ("Je n'ai toujours pas reçu de réponse à mon mail", Language.fr, "delivery_delay"),
            ("I still haven't received a reply to my email", .en, "delivery_delay"),
            ("Le filtre de la cafetière est fragile", .fr, "search"),
            ("The water filter leaks", .en, "search"),
        ])
    func notThatTheme(text: String, language: Language, absent: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(-0.5))
        #expect(!tags.themes.map(\.theme).contains(absent), "\(tags.themes.map(\.theme))")
    }
}
