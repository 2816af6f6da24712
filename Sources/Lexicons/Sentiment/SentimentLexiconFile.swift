import VerbatimModel

/// The sentiment lexicon files of one language folder: their names, columns and value ranges.
///
/// The single description both the loader and the lint test use, so that a file an analyst edits is
/// checked against exactly what the scorer reads.
public struct SentimentLexiconFile: Sendable, Hashable {
    /// What a file's rows mean.
    public enum Role: Sendable, Hashable {
        case valence, intensifiers, negators, contrast, excess, modality, emotions, languageEvidence
        /// What a product or service is expected to do (`work`, `marcher`, `réponse`): negated, a failure.
        case failures
    }

    /// File name inside the language folder (or `common/`).
    public var name: String
    public var role: Role
    /// Header columns, in order.
    public var columns: [String]
    /// Allowed range of the numeric column, when there is one.
    public var range: ClosedRange<Double>?
    /// Allowed words of the enumerated column (second column), when there is one. Empty for
    /// `negators.tsv`, whose kinds are declared by the scoring rules that handle them and checked
    /// when the scorer loads (`Negators.checkKinds` in the `Scoring` module).
    public var allowedKinds: [String]

    /// Files read from `fr/` and `en/`.
    public static let perLanguage: [SentimentLexiconFile] = [
        .init(name: "valence.tsv", role: .valence, columns: ["term", "valence"], range: -4...4, allowedKinds: []),
        .init(
            name: "expressions.tsv", role: .valence, columns: ["expression", "valence"], range: -4...4, allowedKinds: []
        ),
        .init(
            name: "cx-expressions.tsv", role: .valence, columns: ["expression", "valence"], range: -4...4,
            allowedKinds: []),
        .init(name: "failures.tsv", role: .failures, columns: ["term", "valence"], range: -4...0, allowedKinds: []),
        .init(
            name: "intensifiers.tsv", role: .intensifiers, columns: ["term", "boost"], range: -1...1, allowedKinds: []),
        .init(
            name: "negators.tsv", role: .negators, columns: ["term", "kind", "spoken"], range: nil,
            allowedKinds: []),
        .init(
            name: "contrast.tsv", role: .contrast, columns: ["term", "kind"], range: nil,
            allowedKinds: ["but", "although"]),
        .init(
            name: "excess.tsv", role: .excess, columns: ["term", "role"], range: nil,
            allowedKinds: ["excess", "target"]),
        .init(
            name: "modality.tsv", role: .modality, columns: ["term", "kind"], range: nil,
            allowedKinds: ["conditional", "wish", "hedge"]),
        .init(
            name: "emotions.tsv", role: .emotions, columns: ["term", "emotion", "intensity"], range: 0...1,
            allowedKinds: Emotion.allCases.map(\.rawValue)),
        .init(
            name: "langid.tsv", role: .languageEvidence, columns: ["term", "weight"], range: 0...2, allowedKinds: []),
    ]

    /// Files read from `common/` for every language.
    public static let common: [SentimentLexiconFile] = [
        .init(name: "emoticons.tsv", role: .valence, columns: ["symbol", "valence"], range: -4...4, allowedKinds: [])
    ]

    /// The column holding a number, if any.
    public var numericColumn: Int? {
        switch role {
        case .valence, .intensifiers, .languageEvidence, .failures: return 1
        case .emotions: return 2
        case .negators, .contrast, .excess, .modality: return nil
        }
    }

    /// The column holding an enumerated kind, if any.
    public var kindColumn: Int? { allowedKinds.isEmpty && role != .negators ? nil : 1 }

    /// Columns that together make a row's key (a term may carry several emotions).
    public var keyColumns: [Int] { role == .emotions ? [0, 1] : [0] }
}
