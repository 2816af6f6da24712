/// A verbatim after analysis: what every report row is built from.
public struct AnalysedVerbatim: Sendable, Hashable {
    public var verbatim: Verbatim
    /// Identified language (the declared one when identification is unsure).
    public var language: Language
    public var sentiment: SentimentResult
    /// Emotions, strongest first.
    public var emotions: [EmotionScore]
    /// Themes in order of first mention, each once.
    public var themes: [ThemeMention]
    /// CX signals (`effort`, `churn`, `urgency`, `repeat-contact`, `incoherence`, and reader signals),
    /// sorted, each once.
    public var signals: [String]
    /// The journey touchpoint this verbatim is filed under (`other` when nothing says).
    public var touchpoint: String

    public init(
        verbatim: Verbatim,
        language: Language,
        sentiment: SentimentResult,
        emotions: [EmotionScore] = [],
        themes: [ThemeMention] = [],
        signals: [String] = [],
        touchpoint: String
    ) {
        self.verbatim = verbatim
        self.language = language
        self.sentiment = sentiment
        self.emotions = emotions
        self.themes = themes
        self.signals = signals
        self.touchpoint = touchpoint
    }
}
