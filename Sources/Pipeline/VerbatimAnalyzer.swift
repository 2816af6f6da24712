public import Foundation
public import VerbatimModel
import Lexicons
import Scoring
import Tagging
import TextProcessing

/// Runs the analysis stages on one verbatim: language, sentiment, emotions, themes, signals, touchpoint.
///
/// A value holding only immutable, `Sendable` lexicons, shared by every task of the pipeline.
public struct VerbatimAnalyzer: Sendable {
    let scorer: SentimentScorer
    let tagger: Tagger

    /// Touchpoints of the journey in order, `other` last.
    public var touchpointOrder: [String] { tagger.touchpoints }

    /// The journey touchpoint a theme is filed under, if the journey maps it.
    public func touchpoint(ofTheme theme: String) -> String? {
        tagger.journey.touchpoints.first { $0.themes.contains(theme) }?.id
    }

    /// Loads the lexicons under `lexicons` and the journey file (default: the e-commerce journey).
    public init(lexicons: URL, journey: URL?) throws {
        scorer = try SentimentScorer(lexiconDirectory: lexicons)
        tagger = try Tagger(lexiconDirectory: lexicons, journey: journey)
    }

    /// The analysed form of `verbatim`. A verbatim without text (a survey response with scores only)
    /// gets a neutral sentiment and no theme, and keeps its touchpoint hint.
    public func analyse(_ verbatim: Verbatim) -> AnalysedVerbatim {
        let language = LanguageIdentifier.identify(verbatim.text, declared: verbatim.declaredLanguage)
        let sentiment = verbatim.text.isEmpty ? SentimentResult.neutral : scorer.score(verbatim.text, language: language)
        let emotions = verbatim.text.isEmpty ? [] : scorer.emotions(verbatim.text, language: language)
        let tags = tagger.tag(verbatim, language: language, sentiment: sentiment)
        return AnalysedVerbatim(
            verbatim: verbatim, language: language, sentiment: sentiment, emotions: emotions, themes: tags.themes,
            signals: tags.signals, touchpoint: tags.touchpoint)
    }
}
