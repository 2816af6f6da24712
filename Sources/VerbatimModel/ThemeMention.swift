/// A theme found in a verbatim, with the sentiment of the words that govern it (aspect-level
/// sentiment: one verbatim can praise delivery and blame the product; `Tagging.AspectScorer`).
public struct ThemeMention: Sendable, Hashable {
    /// Theme identifier from the theme lexicon (`delivery`, `refund`, `chatbot` …).
    public var theme: String
    /// Sentiment of the words that govern it, in -1…1: its clause's, else half the opinion its
    /// clause borrows from its sentence or the verbatim.
    public var sentiment: Double

    public init(theme: String, sentiment: Double) {
        self.theme = theme
        self.sentiment = sentiment
    }
}
