/// A theme found in a verbatim, with the sentiment of the clause that mentions it (aspect-level
/// sentiment: one verbatim can praise delivery and blame the product).
public struct ThemeMention: Sendable, Hashable {
    /// Theme identifier from the theme lexicon (`delivery`, `refund`, `chatbot` …).
    public var theme: String
    /// Sentiment of the clause that mentions it, in -1…1.
    public var sentiment: Double

    public init(theme: String, sentiment: Double) {
        self.theme = theme
        self.sentiment = sentiment
    }
}
