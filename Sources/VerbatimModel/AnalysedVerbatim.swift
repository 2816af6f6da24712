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
    /// How `touchpoint` was decided: by the verbatim's own step, words or context, by its channel
    /// alone, or by its conversation (`ConversationContext`).
    public var placement: Placement

    /// A record as analysis builds it; without `placement`, one with themes is taken as placed by
    /// its words and one without as placed by its channel.
    public init(
        verbatim: Verbatim,
        language: Language,
        sentiment: SentimentResult,
        emotions: [EmotionScore] = [],
        themes: [ThemeMention] = [],
        signals: [String] = [],
        touchpoint: String,
        placement: Placement? = nil
    ) {
        self.verbatim = verbatim
        self.language = language
        self.sentiment = sentiment
        self.emotions = emotions
        self.themes = themes
        self.signals = signals
        self.touchpoint = touchpoint
        self.placement = placement ?? (themes.isEmpty ? .channel : .text)
    }
}
