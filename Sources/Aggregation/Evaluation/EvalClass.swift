public import VerbatimModel

/// A gold or predicted class in an evaluation: the labels labelled data sets use.
public enum EvalClass: String, Sendable, Hashable, CaseIterable {
    case pos
    case neg
    case neu

    /// The class a scorer label counts as: `mixed` is neither positive nor negative, so it counts
    /// as `neu` (and as wrong in binary accuracy, like a neutral prediction).
    public init(_ label: SentimentLabel) {
        switch label {
        case .positive: self = .pos
        case .negative: self = .neg
        case .neutral, .mixed: self = .neu
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
