import Tagging
import Testing
import VerbatimModel

/// `p but q` is about the step `q` names: a step judged one way before a contrast yields to the one
/// its second part judges the other way, when the verbatim leans as `q` does (issue 16, `Concession`).
struct ConcessionTests {
    /// A sentiment over `clauses` as the scorer marks them: a piece opening with `but`/`mais` opens a
    /// contrast, and sentences are counted at `.`.
    static func sentiment(_ text: String, clauses: [(String, Double)]) -> SentimentResult {
        var result = TaggingFixture.sentiment(text, clauses: clauses)
        let bytes = Array(text.utf8)
        for (index, (piece, _)) in clauses.enumerated() {
            let lowered = piece.lowercased()
            result.clauses[index].opensContrast = lowered.hasPrefix("but ") || lowered.hasPrefix("mais ")
            result.clauses[index].sentence =
                bytes[..<result.clauses[index].start].filter { $0 == UInt8(ascii: ".") }
                .count
        }
        return result
    }

    static func touchpoint(_ text: String, _ language: Language, _ clauses: [(String, Double)]) throws -> String {
        try TaggingFixture.tagger().tag(
            TaggingFixture.verbatim(text, channel: .email), language: language,
            sentiment: sentiment(text, clauses: clauses)
        ).touchpoint
    }

    @Test(
        "a step praised after the contrast wins over the step blamed before it, when the verbatim leans its way",
        arguments: [
            (
                "slow delivery but the quality is perfect", Language.en,
                [("slow delivery", -0.5), ("but the quality is perfect", 0.8)], "product_received"
            ),
            (
                "livraison longue mais la qualité est parfaite", .fr,
                [("livraison longue", -0.5), ("mais la qualité est parfaite", 0.8)], "product_received"
            ),
            (
                "the refund was slow but the quality is great", .en,
                [("the refund was slow", -0.4), ("but the quality is great", 0.8)], "product_received"
            ),
            // A contrast opening its sentence concedes the sentence before.
            (
                "Delivery was slow. But the quality is perfect.", .en,
                [("Delivery was slow", -0.5), ("But the quality is perfect", 0.8)], "product_received"
            ),
        ])
    func conclusionDecides(text: String, language: Language, clauses: [(String, Double)], expected: String) throws {
        #expect(try Self.touchpoint(text, language, clauses) == expected)
    }

    @Test(
        "no concession without a contrast, beyond its sentence, against the verdict, or without a judged step after it",
        arguments: [
            // No contrast: where it hurts most.
            (
                "slow delivery, the quality is perfect", Language.en,
                [("slow delivery", -0.5), ("the quality is perfect", 0.8)], "delivery"
            ),
            // The refund of the first sentence is no concession of the second's contrast.
            (
                "The refund took a month. The quality is fine but the delivery was slow.", .en,
                [("The refund took a month", -0.6), ("The quality is fine", 0.3), ("but the delivery was slow", -0.4)],
                "returns_refunds"
            ),
            // The verbatim as a whole still blames the delivery: the conclusion is no verdict.
            (
                "la livraison, un cauchemar, mais la qualité est correcte", .fr,
                [("la livraison, un cauchemar", -0.8), ("mais la qualité est correcte", 0.2)], "delivery"
            ),
            // A flat sequence of facts argues for nothing: equal scores go to the step named first.
            (
                "you took the payment but my order doesn't show in my account", .en,
                [("you took the payment", 0), ("but my order doesn't show in my account", 0)], "cart_payment"
            ),
            // The conclusion names only how the customer reached the shop: the exception for a blamed contact.
            (
                "livraison rapide mais SAV injoignable", .fr,
                [("livraison rapide", 0.6), ("mais SAV injoignable", -0.6)], "customer_service"
            ),
        ])
    func noConcession(text: String, language: Language, clauses: [(String, Double)], expected: String) throws {
        #expect(try Self.touchpoint(text, language, clauses) == expected)
    }
}
