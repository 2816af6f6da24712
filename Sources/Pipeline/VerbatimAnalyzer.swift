public import Foundation
public import Lexicons
public import Scoring
import Tagging
import TextProcessing
public import VerbatimModel

/// Runs the analysis stages on one verbatim or one bare text: language, foreign-language detection,
/// sentiment, emotions, themes, signals, touchpoint.
///
/// The one analysis path of the tool: `analyze`, `score`, `eval` and `eval-aspects` all go through
/// it (`VerbatimAnalyzer+Text.swift` holds the stages), so that a text gets the same language, score
/// and themes whichever command reads it. A value holding only immutable, `Sendable` lexicons,
/// shared by every task of the pipeline.
public struct VerbatimAnalyzer: Sendable {
    let scorer: SentimentScorer
    let tagger: Tagger
    /// Places the follow-up turns of a conversation by its subject (`ConversationContext`).
    let conversations: ConversationContext
    /// What each third-party lexicon added and the lines it skipped (`init(lexicons:journey:extraLexicons:)`).
    public internal(set) var extraLexiconOverlays: [ThirdPartyOverlay] = []
    /// The words that say what a number is, for masking reports (`common/personal-data-context.tsv`).
    public internal(set) var personalDataContext = PersonalDataContextList(card: [], order: [], phone: [])

    /// The signal lexicon's ids in file order: the signal columns of the hot spot tables.
    public var lexiconSignals: [String] { tagger.lexiconSignals }

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
        conversations = ConversationContext(tagger: tagger)
        personalDataContext = try PersonalDataContextList(directory: lexicons)
    }

    /// The analysed form of `verbatim`. A verbatim without text (a survey response with scores only)
    /// gets a neutral sentiment and no theme, and keeps its touchpoint hint.
    public func analyse(_ verbatim: Verbatim) -> AnalysedVerbatim {
        var scratch = ScoringScratch()
        return analyse(verbatim, scratch: &scratch)
    }

    /// The same, reusing `scratch` across the verbatims of one task: the text is tokenized and scored
    /// once, and language, clauses and emotions all come from that one pass. The verbatim's text
    /// goes through `analyse(text:language:context:scratch:)`, as a row of `verbatim score` does.
    public func analyse(_ verbatim: Verbatim, scratch: inout ScoringScratch) -> AnalysedVerbatim {
        let analysis = analyse(
            text: verbatim.text, language: verbatim.declaredLanguage ?? .unknown, context: TagContext(verbatim),
            scratch: &scratch)
        return AnalysedVerbatim(
            verbatim: verbatim, language: analysis.language, sentiment: analysis.sentiment,
            emotions: analysis.emotions, themes: analysis.tags.themes, signals: analysis.tags.signals,
            touchpoint: analysis.tags.touchpoint, placement: analysis.tags.placement)
    }
}
