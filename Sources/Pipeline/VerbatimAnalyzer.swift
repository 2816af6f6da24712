public import Foundation
public import VerbatimModel
public import Lexicons
public import Scoring
import Tagging
import TextProcessing

/// Runs the analysis stages on one verbatim: language, sentiment, emotions, themes, signals, touchpoint.
///
/// A value holding only immutable, `Sendable` lexicons, shared by every task of the pipeline.
public struct VerbatimAnalyzer: Sendable {
    let scorer: SentimentScorer
    let tagger: Tagger
    /// Notices verbatims in another language than French and English (`common/foreign.tsv`).
    let foreign: ForeignLanguageDetector
    /// What each third-party lexicon added and the lines it skipped (`init(lexicons:journey:extraLexicons:)`).
    public internal(set) var extraLexiconOverlays: [ThirdPartyOverlay] = []
    /// The words that say what a number is, for masking reports (`common/personal-data-context.tsv`).
    public internal(set) var personalDataContext = PersonalDataContextList(card: [], order: [], phone: [])

    /// Touchpoints of the journey in order, `other` last.
    public var touchpointOrder: [String] { tagger.touchpoints }

    /// French display labels of the journey's touchpoints (English where no French label is given).
    public var touchpointLabels: [String: String] {
        var labels: [String: String] = [:]
        for touchpoint in tagger.journey.touchpoints {
            labels[touchpoint.id] = touchpoint.labelFR.isEmpty ? touchpoint.labelEN : touchpoint.labelFR
        }
        return labels
    }

    /// The journey touchpoint a theme is filed under, if the journey maps it.
    public func touchpoint(ofTheme theme: String) -> String? {
        tagger.journey.touchpoints.first { $0.themes.contains(theme) }?.id
    }

    /// Loads the lexicons under `lexicons` and the journey file (default: the e-commerce journey).
    public init(lexicons: URL, journey: URL?) throws {
        scorer = try SentimentScorer(lexiconDirectory: lexicons)
        tagger = try Tagger(lexiconDirectory: lexicons, journey: journey)
        foreign = try Self.foreignDetector(lexicons: lexicons, scorer: scorer)
        personalDataContext = try PersonalDataContextList(directory: lexicons)
    }

    static func foreignDetector(lexicons: URL, scorer: SentimentScorer) throws -> ForeignLanguageDetector {
        let list = try ForeignWordList(directory: lexicons)
        return ForeignLanguageDetector(
            foreign: list.words,
            native: Array(scorer.french.languageEvidence.keys) + Array(scorer.english.languageEvidence.keys))
    }

    /// The analysed form of `verbatim`. A verbatim without text (a survey response with scores only)
    /// gets a neutral sentiment and no theme, and keeps its touchpoint hint.
    public func analyse(_ verbatim: Verbatim) -> AnalysedVerbatim {
        var scratch = ScoringScratch()
        return analyse(verbatim, scratch: &scratch)
    }

    /// The same, reusing `scratch` across the verbatims of one task: the text is tokenized and scored
    /// once, and language, clauses and emotions all come from that one pass.
    public func analyse(_ verbatim: Verbatim, scratch: inout ScoringScratch) -> AnalysedVerbatim {
        let declared = verbatim.declaredLanguage ?? .unknown
        guard !verbatim.text.isEmpty else {
            let tags = tagger.tag(verbatim, language: declared, sentiment: .neutral)
            return AnalysedVerbatim(
                verbatim: verbatim, language: declared, sentiment: .neutral, themes: tags.themes,
                signals: tags.signals, touchpoint: tags.touchpoint)
        }
        let summary = scorer.score(verbatim.text, language: declared, scratch: &scratch)
        if foreign.foreignLanguage(of: scratch.tokens) != nil {
            // Written in another language: kept with its text and tagged `und`, but neither scored
            // nor tagged with French or English words, which would only read noise in it.
            var untagged = verbatim
            untagged.text = ""
            let tags = tagger.tag(untagged, language: .unknown, sentiment: .neutral)
            return AnalysedVerbatim(
                verbatim: verbatim, language: .unknown, sentiment: .neutral, themes: tags.themes, signals: tags.signals,
                touchpoint: tags.touchpoint)
        }
        let language = summary.language
        let sentiment = scorer.result(summary, in: scratch)
        let emotions = scorer.emotions(in: scratch)
        let tags = tagger.tag(verbatim, buffer: scratch.tokens, language: language, sentiment: sentiment)
        return AnalysedVerbatim(
            verbatim: verbatim, language: language, sentiment: sentiment, emotions: emotions, themes: tags.themes,
            signals: tags.signals, touchpoint: tags.touchpoint)
    }
}
