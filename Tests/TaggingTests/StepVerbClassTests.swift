import Tagging
import Testing
import VerbatimModel

/// Word classes of issue 16 (session 6) for verbatims that landed nowhere: a journey step named by
/// its verb or by what the customer judges of it (an arrival's timing, ordering's ease, how they
/// heard of the shop), with the look-alikes each class must leave alone.
struct StepVerbClassTests {
    /// The touchpoint and themes of `text` in the e-commerce journey (a survey comment: no channel
    /// default, so a text naming no step lands at `other`).
    static func placed(_ text: String, _ language: Language, score: Double = -0.5) throws -> (String, [String]) {
        try TouchpointClassTests.touchpoint(text, language, score: score, channel: .survey)
    }

    @Test(
        "a step named by its verb or its judgement places the verbatim there",
        arguments: [
            // An arrival judged for its timing or its state is the delivery.
            ("arrived earlier than expected and in perfect condition", Language.en, "delivery"),
            ("arrivée en avance et en parfait état", .fr, "delivery"),
            // A time to arrive counted in days or weeks is the delivery's delay.
            ("it took three weeks to arrive", .en, "delivery"),
            ("la lampe a mis 3 semaines à arriver", .fr, "delivery"),
            // The carrier's missed-delivery card.
            ("another we missed you card while I was at home", .en, "delivery"),
            ("encore un avis de passage alors que j'étais là", .fr, "delivery"),
            // Ordering judged as a step is the checkout.
            ("quick and easy to order", .en, "cart_payment"),
            ("my order failed twice", .en, "cart_payment"),
            ("très facile de commander", .fr, "cart_payment"),
            ("ma commande a échoué deux fois", .fr, "cart_payment"),
            // "processing", like "preparing", is an order's status before dispatch.
            ("order stuck at processing for a week", .en, "delivery"),
            ("commande toujours en cours de traitement", .fr, "delivery"),
            // Where an unnamed thing is: in a shop, the order.
            ("ordered on the 2nd. Where is it?", .en, "delivery"),
            ("commandé il y a 10 jours, il est où ?", .fr, "delivery"),
            // Paying for a return's postage is the return.
            ("I had to pay for the return postage", .en, "returns_refunds"),
            ("j'ai dû payer les frais de retour", .fr, "returns_refunds"),
            // An amount named with the delivery is its cost.
            ("£6 delivery on a small order", .en, "delivery"),
            ("7 € de livraison pour un coussin", .fr, "delivery"),
            // How a product looks against its price is its look.
            ("looks far more expensive than it was", .en, "product_received"),
            ("elle a l'air bien plus cher", .fr, "product_received"),
            // How the customer came to know the shop.
            ("heard about you on the radio", .en, "discovery_ads"),
            ("je vous ai découverts grâce à une amie", .fr, "discovery_ads"),
            // A wish for a wider offer.
            ("would like more colours in the cushions", .en, "product_search"),
            ("il faudrait plus de tailles", .fr, "product_search"),
            // An agent praised for going out of their way.
            ("Jo went above and beyond", .en, "customer_service"),
            ("conseillère aux petits soins", .fr, "customer_service"),
            // The app spelt without its apostrophe (SMS).
            ("lappli plante tout le temps", .fr, "site_app"),
            // The session is the customer account's.
            ("my session expired again", .en, "account"),
            ("ma session expire sans arrêt", .fr, "account"),
            // Money taken several times, counted in digits, is the payment.
            ("charged 3 times for one order", .en, "cart_payment"),
            ("débitée 2 fois pour une seule commande", .fr, "cart_payment"),
            // A torn box is the parcel's damage, not the product's.
            ("the box was torn open", .en, "delivery"),
            ("le carton était déchiré", .fr, "delivery"),
            // The site's filters.
            ("le filtre par prix ne sert à rien", .fr, "product_search"),
        ])
    func placesAtStep(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.placed(text, language)
        #expect(touchpoint == expected, "\(themes)")
    }

    @Test(
        "the classes leave their look-alikes alone",
        arguments: [
            // What arrives, without a timing or a state, may be a broken product.
            ("the lamp arrived broken", Language.en, "delivery"),
            ("la lampe est arrivée cassée", .fr, "delivery"),
            // Ordering again is loyalty or churn, not the checkout.
            ("never ordering again", .en, "cart_payment"),
            ("my order failed to arrive", .en, "cart_payment"),
            ("je ne commanderai plus jamais", .fr, "cart_payment"),
            // A request being processed is no order status.
            ("my refund is processing", .en, "delivery"),
            ("ma demande est en cours de traitement", .fr, "delivery"),
            // Looking for a cheaper thing is a price, not a look.
            ("looking for something less expensive", .en, "product_received"),
            // Hearing about a policy is no discovery of the shop.
            ("I heard about your returns policy", .en, "discovery_ads"),
            ("j'ai entendu parler de votre politique de retour", .fr, "discovery_ads"),
            // A torn product is no parcel damage.
            ("the sheet is torn", .en, "delivery"),
            ("le drap est déchiré", .fr, "delivery"),
            // A discount in euros is no delivery cost.
            ("5 € de réduction sur le panier", .fr, "delivery"),
        ])
    func leavesLookAlikes(text: String, language: Language, notExpected: String) throws {
        let (touchpoint, themes) = try Self.placed(text, language)
        #expect(touchpoint != notExpected, "\(themes)")
    }

    @Test(
        "a step theme still beats the unnamed wait and the arrival of something else",
        arguments: [
            ("where is it? the refund was due last week", Language.en, "returns_refunds"),
            ("il est où ce remboursement ?", .fr, "returns_refunds"),
            ("the refund arrived in 3 days", .en, "returns_refunds"),
        ])
    func stepBeatsWeakerClass(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.placed(text, language, score: 0)
        #expect(touchpoint == expected, "\(themes)")
    }

    @Test(
        "a sales event named alone is a date, not the discount: its code or discount still is",
        arguments: [
            ("Black Friday order still preparing after 6 days", Language.en, "delivery"),
            ("depuis le black friday je reçois trois newsletters par jour", .fr, "discovery_ads"),
            ("the Black Friday discount code was refused", .en, "cart_payment"),
            ("le code promo du black friday ne marche pas", .fr, "cart_payment"),
        ])
    func salesEventIsADate(text: String, language: Language, expected: String) throws {
        let (touchpoint, themes) = try Self.placed(text, language)
        #expect(touchpoint == expected, "\(themes)")
    }
}
