public import Foundation
public import VerbatimModel

/// Scores verbatims with the lexicons and rules. STUB: to be implemented.
public struct SentimentScorer: Sendable {
    /// Loads the sentiment lexicons under `lexiconDirectory` (`fr/`, `en/`).
    public init(lexiconDirectory: URL) throws {}

    /// The sentiment of `text` and of each of its clauses.
    public func score(_ text: String, language: Language) -> SentimentResult { .neutral }

    /// Emotions found in `text`, strongest first.
    public func emotions(_ text: String, language: Language) -> [EmotionScore] { [] }

    /// A human-readable trace of how `text` was scored: tokens, rules, clauses, final score.
    public func explain(_ text: String, language: Language) -> String { "" }
}
