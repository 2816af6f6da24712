public import VerbatimModel

/// A gold or predicted class in an evaluation: the labels labelled data sets use.
public enum EvalClass: String, Sendable, Hashable, CaseIterable {
    case pos
    case neg
    case neu

    /// The class a scorer's verdict counts as. A `mixed` verbatim still has an overall score (the
    /// weighted balance of its clauses), and a gold label from stars, NPS or a mean rating is that
    /// overall verdict too, so `mixed` counts by the sign of its score, with the scorer's neutral
    /// band (`score` within ±`neutralBand` is `neu`). The label stays `mixed` in every report.
    public init(_ label: SentimentLabel, score: Double, neutralBand: Double) {
        switch label {
        case .positive: self = .pos
        case .negative: self = .neg
        case .neutral: self = .neu
        case .mixed: self = score >= neutralBand ? .pos : score <= -neutralBand ? .neg : .neu
        }
    }

    /// Reads a gold label (`pos`, `neg`, `neu`, also `positive`/`negative`/`neutral`), `nil` otherwise.
    public init?(gold: String) {
        switch gold.lowercased() {
        case "pos", "positive", "1": self = .pos
        case "neg", "negative", "0", "-1": self = .neg
        case "neu", "neutral": self = .neu
        default: return nil
        }
    }
}
