/// What a generated verbatim is about. The mix mirrors the bundled sample: late deliveries, refunds and
/// the looping chatbot are the planted hot spots, product quality and human agents the bright ones.
enum Topic: Int, Sendable, CaseIterable {
    case delivery, refund, chatbot, damage, product, agent, checkout, browsing

    /// Relative frequency of each topic in generated text (sums to 100).
    static let weights = [22, 13, 10, 7, 24, 12, 6, 6]

    /// Draws a topic with `weights`.
    static func draw(_ rng: inout SplitMix64) -> Topic {
        var roll = rng.below(100)
        for topic in allCases {
            roll -= weights[topic.rawValue]
            if roll < 0 { return topic }
        }
        return .product
    }

    /// Journey step label as survey tools export it, per language.
    func step(_ lang: CorpusLanguage) -> String {
        let labels: [(String, String)] = [
            ("Livraison", "Delivery"), ("Retour et remboursement", "Returns & refunds"),
            ("Service client", "Customer service"), ("Livraison", "Delivery"), ("Produit", "Product"),
            ("Service client", "Customer service"), ("Commande", "Checkout"), ("Navigation", "Browsing"),
        ]
        let pair = labels[rawValue]
        return lang == .fr ? pair.0 : pair.1
    }

    /// -1 for a hot spot, +1 for a bright spot, 0 for background topics.
    var polarity: Int {
        switch self {
        case .delivery, .refund, .chatbot, .damage: -1
        case .product, .agent: 1
        case .checkout, .browsing: 0
        }
    }

    /// A 0–10 recommendation score consistent with the topic's polarity.
    func nps(_ rng: inout SplitMix64) -> Int {
        switch polarity {
        case -1: rng.pick([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
        case 1: rng.pick([7, 8, 9, 9, 10, 10, 10])
        default: rng.pick([5, 6, 7, 7, 8, 8, 9])
        }
    }

    /// A 1–5 star rating consistent with the topic's polarity.
    func stars(_ rng: inout SplitMix64) -> Int {
        switch polarity {
        case -1: rng.pick([1, 1, 1, 2, 2, 3])
        case 1: rng.pick([4, 5, 5, 5])
        default: rng.pick([2, 3, 3, 4, 4])
        }
    }
}
