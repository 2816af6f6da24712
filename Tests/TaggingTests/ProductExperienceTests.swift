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

    @Test(
        "a product named alone files the verbatim at the product, never over a step that names the problem",
        arguments: [
            ("Le plaid est tout doux, toute la famille se le dispute", Language.fr, 0.6, "product_received"),
            ("Beautiful pendant, it casts lovely patterns on the ceiling", .en, 0.7, "product_received"),
            ("J'ai reçu le buffet en chêne, faut-il le nourrir à l'huile ?", .fr, 0.0, "product_received"),
            ("the kettle is perfect, quiet and quick", .en, 0.7, "product_received"),
            ("Le canapé met trois semaines à être livré", .fr, -0.5, "delivery"),
            ("I want a refund for the lamp", .en, -0.5, "returns_refunds"),
            ("Je veux être remboursée pour la lampe", .fr, -0.5, "returns_refunds"),
        ])
    func productNamed(text: String, language: Language, score: Double, touchpoint: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(
            TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(score))
        #expect(tags.touchpoint == touchpoint, "\(tags.themes.map(\.theme))")
    }

    @Test(
        "a mail in the spam folder, a date announced and a bank account are not advertising or the login",
        arguments: [
            ("Livraison annoncée mardi, on est vendredi", Language.fr, "advertising"),
            ("toujours pas de mail, même pas dans les spams", .fr, "advertising"),
            ("no email, not in spam either", .en, "advertising"),
            ("Le remboursement n'est toujours pas sur mon compte bancaire", .fr, "account_login"),
            ("the refund never reached my bank account", .en, "account_login"),
            ("refund came minus a restocking fee", .en, "stock"),
        ])
    func notAdvertisingNorLogin(text: String, language: Language, absent: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(-0.5))
        #expect(!tags.themes.map(\.theme).contains(absent), "\(tags.themes.map(\.theme))")
    }

    @Test(
        "money taken twice for an order is the payment at checkout, an invoice twice is billing",
        arguments: [
            ("J'ai été débitée deux fois pour la même commande", Language.fr, "cart_payment"),
            ("I was charged twice for the same order", .en, "cart_payment"),
            ("La facture porte la mauvaise adresse", .fr, "billing_loyalty"),
            ("The invoice has the wrong VAT number", .en, "billing_loyalty"),
        ])
    func chargedTwice(text: String, language: Language, touchpoint: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(-0.5))
        #expect(tags.touchpoint == touchpoint, "\(tags.themes.map(\.theme))")
    }
}
