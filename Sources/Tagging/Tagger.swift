public import Foundation
public import VerbatimModel

/// Themes, CX signals and the touchpoint of a verbatim. STUB: to be implemented.
public struct Tagger: Sendable {
    /// What tagging found in one verbatim.
    public struct Tags: Sendable, Hashable {
        public var themes: [ThemeMention]
        public var signals: [String]
        public var touchpoint: String

        public init(themes: [ThemeMention], signals: [String], touchpoint: String) {
            self.themes = themes
            self.signals = signals
            self.touchpoint = touchpoint
        }
    }

    /// Touchpoints of the journey in journey order (for reports), `other` last.
    public var touchpoints: [String] { ["other"] }

    /// Loads themes and signals under `lexiconDirectory` and the journey file `journey`
    /// (default: `lexiconDirectory/journeys/ecommerce.tsv`).
    public init(lexiconDirectory: URL, journey: URL? = nil) throws {}

    /// Tags one verbatim whose sentiment is already known (themes take their clause's sentiment).
    public func tag(_ verbatim: Verbatim, language: Language, sentiment: SentimentResult) -> Tags {
        Tags(themes: [], signals: verbatim.readerSignals.sorted(), touchpoint: "other")
    }
}
