/// The label a CX analyst filters on.
public enum SentimentLabel: String, Sendable, Hashable, CaseIterable, Comparable {
    case positive
    case negative
    case neutral
    /// Clauses disagree strongly (`livraison rapide mais lampe cassée`).
    case mixed

    public static func < (lhs: SentimentLabel, rhs: SentimentLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
