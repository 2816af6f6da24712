/// The sentiment of a whole verbatim and of each of its clauses.
public struct SentimentResult: Sendable, Hashable {
    /// Verbatim score in -1…1.
    public var score: Double
    public var label: SentimentLabel
    /// Clauses in text order.
    public var clauses: [ClauseScore]

    public init(score: Double, label: SentimentLabel, clauses: [ClauseScore]) {
        self.score = score
        self.label = label
        self.clauses = clauses
    }

    /// A neutral result with no clause, for empty text.
    public static let neutral = SentimentResult(score: 0, label: .neutral, clauses: [])
}
