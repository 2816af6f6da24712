public import VerbatimModel

/// A gold or predicted class in an evaluation: the labels labelled data sets use.
public enum EvalClass: String, Sendable, Hashable, CaseIterable {
    case pos
    case neg
    case neu

    /// The class a scorer label counts as in the three-class metrics: `mixed` (strong praise and
    /// strong complaint in balance) is the middle verdict, so it counts as `neu`, like the middle
    /// star or an NPS passive.
    public init(_ label: SentimentLabel) {
        switch label {
        case .positive: self = .pos
        case .negative: self = .neg
        case .neutral, .mixed: self = .neu
        }
    }

    /// The side a verdict takes when the gold forces one (binary accuracy on pos/neg rows): a
    /// `mixed` verbatim still has an overall score, the weighted balance of its clauses, so it
    /// counts by the sign of that score outside the scorer's neutral band; a neutral verdict takes
    /// no side and counts as `neu` (wrong on a pos/neg row, as the metric requires).
    public init(leaningOf label: SentimentLabel, score: Double, neutralBand: Double) {
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
