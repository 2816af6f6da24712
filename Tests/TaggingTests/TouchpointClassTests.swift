import Tagging
import Testing
import VerbatimModel

/// The classes of issue 16's remaining touchpoint confusions, each pinned with the rule or word
/// class that fixes it and the case it must leave alone.
struct TouchpointClassTests {
    /// The touchpoint of `text` in the e-commerce journey, with a flat score.
    static func touchpoint(
        _ text: String, _ language: Language, score: Double = -0.5, channel: Channel = .email
    ) throws -> (String, [String]) {
        let tags = try TaggingFixture.tagger().tag(
            TaggingFixture.verbatim(text, channel: channel), language: language, sentiment: TaggingFixture.flat(score))
        return (tags.touchpoint, tags.themes.map(\.theme))
    }

    @Test(
        "equal scores go to the step named first: a return's parcel, an invoice's address, an exchange's size",
        arguments: [
            (
                "Mon retour a été déposé à La Poste il y a trois semaines, et le remboursement ?", Language.fr,
                "returns_refunds"
            ),
            ("La facture indique une mauvaise adresse de livraison", .fr, "billing_loyalty"),
            ("I exchanged the jumper for a smaller size", .en, "returns_refunds"),
            ("The payment went through but nothing shows in my account", .en, "cart_payment"),
            // Named first, delivery stays first.
            ("Colis livré sans l'étiquette de retour promise", .fr, "delivery"),
        ])
    func tieToFirstNamed(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.touchpoint(text, language)
        #expect(touchpoint == expected, "\(themes)")
    }

    @Test("order of mention never beats a more negative step")
    func negativeBeatsOrder() throws {
        let text = "Delivery was quick, but the refund is a joke"
        let tags = try TaggingFixture.tagger().tag(
            TaggingFixture.verbatim(text), language: .en,
            sentiment: TaggingFixture.sentiment(
                text, clauses: [("Delivery was quick", 0.5), ("but the refund is a joke", -0.7)]))
        #expect(tags.touchpoint == "returns_refunds")
    }

    @Test(
        "a review that names no step is a review of the product; a chat goes to customer service, an e-mail nowhere",
        arguments: [
            (Channel.review, "product_received"), (.chat, "customer_service"), (.email, "other"),
        ])
    func channelDefaults(channel: Channel, expected: String) throws {
        let (touchpoint, _) = try Self.touchpoint(
            "Coup de cœur, on en a repris une deuxième", .fr, score: 0.8, channel: channel)
        #expect(touchpoint == expected)
    }

    @Test(
        "word classes place their verbatim at the step they name",
        arguments: [
            // Payment methods by name, and instalments.
            ("Klarna n'apparaît plus au moment de régler", Language.fr, "cart_payment"),
            ("on ne peut plus payer en 3 fois", .fr, "cart_payment"),
            ("Afterpay was not offered this time", .en, "cart_payment"),
            // An order's status before dispatch.
            ("commande toujours en préparation après 5 jours", .fr, "delivery"),
            ("my order has been preparing for a week", .en, "delivery"),
            // A late arrival counted in days or weeks.
            ("arrivée avec deux semaines de retard", .fr, "delivery"),
            ("it arrived a day late", .en, "delivery"),
            // Nobody at the phone.
            ("personne ne décroche jamais", .fr, "customer_service"),
            ("no one ever answers the phone", .en, "customer_service"),
            ("jattends depuis 30 minutes dans la file", .fr, "customer_service"),
            // A product judged against what it cost.
            ("Le coussin s'est déformé, décevant pour 45 €", .fr, "product_received"),
            ("the cotton feels expensive", .en, "product_received"),
            // Out of stock, and the shop's offer.
            ("le fauteuil est bientôt disponible depuis des semaines", .fr, "product_search"),
            ("the green one has said back soon since March", .en, "product_search"),
            ("Beaucoup de choix dans la gamme de linge", .fr, "product_search"),
            ("Lovely selection of ceramics", .en, "product_search"),
            // Paying for a delivery option is its cost.
            ("J'ai payé la livraison express pour rien", .fr, "delivery"),
            ("we paid for next day delivery", .en, "delivery"),
            // A session that ends by itself is the customer account's, not the site's.
            ("it keeps logging me out", .en, "account"),
            ("ça me déconnecte à chaque fois", .fr, "account"),
            // A status quoted from the tracking page is still part of its sentence.
            ("my order is still 'preparing'", .en, "delivery"),
            ("commande toujours « en préparation »", .fr, "delivery"),
            // A wait whose object is left unnamed: in a shop, the order.
            ("still nothing after a week", .en, "delivery"),
            ("10 jours et toujours rien", .fr, "delivery"),
        ])
    func wordClasses(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.touchpoint(text, language)
        #expect(touchpoint == expected, "\(themes)")
    }

    @Test(
        "the classes do not fire on their look-alikes",
        arguments: [
            // A delivery in two parcels is no instalment.
            ("livraison en 2 fois sans prévenir", Language.fr, "delivery", "payment"),
            // A refund's amount stays the refund.
            ("remboursement de 45 € toujours pas reçu", .fr, "refund", "value_for_money"),
            ("my refund of £45 never came", .en, "refund", "value_for_money"),
            // In English "for £45" mostly states a sale price: no value rule fires on it.
            ("they sell it for £45 elsewhere", .en, "price", "value_for_money"),
            // A person coming back is no restock.
            ("I'll be back soon", .en, "", "stock"),
            // Too dear is a price, low-end is the quality.
            ("way too expensive", .en, "price", "product_quality"),
            ("franchement bas de gamme", .fr, "product_quality", "search"),
            // Paying by card is the payment, not the delivery's cost.
            ("j'ai payé par carte et rien ne s'affiche", .fr, "payment", "shipping_cost"),
        ])
    func lookAlikes(text: String, language: Language, theme: String, notTheme: String) throws {
        let (_, themes) = try Self.touchpoint(text, language)
        #expect(theme.isEmpty || themes.contains(theme), "\(themes)")
        #expect(!themes.contains(notTheme), "\(themes)")
    }

    @Test(
        "an unnamed wait places only when no step does",
        arguments: [
            ("remboursement : toujours rien", Language.fr, "returns_refunds"),
            ("still nothing, and the refund was due last week", .en, "returns_refunds"),
            ("nothing has arrived, and the invoice is wrong", .en, "billing_loyalty"),
        ])
    func unnamedWaitYields(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.touchpoint(text, language)
        #expect(touchpoint == expected, "\(themes)")
        #expect(themes.contains("order_wait"), "\(themes)")
    }

    @Test("a box dropping its line is no account session, in telecom")
    func sessionNeedsTheCustomer() throws {
        let tags = try TaggingFixture.tagger(journey: "telecom").tag(
            TaggingFixture.verbatim("la box se déconnecte tout le temps"), language: .fr,
            sentiment: TaggingFixture.flat(-0.5))
        #expect(!tags.themes.map(\.theme).contains("account_login"))
    }
}
