import Scoring
import Tagging
import TextProcessing
public import VerbatimModel

/// The stages of one text, in order: language and score with foreign-language detection, then the
/// clause-level sentiment, the emotions and the tags, each of which leaves a foreign text alone.
///
/// `analyse(text:language:context:scratch:)` runs them all (the path of `analyze` and
/// `eval-aspects`); `verbatim score` and `eval` call the same stages one by one over the bytes of
/// a row, skipping what their output does not show. Either way the decisions are made here.
extension VerbatimAnalyzer {
    /// The analysis of `text` with the language hint `language` (`.unknown`: identify it) and what
    /// `context` adds to tagging (`TagContext.none` for a bare text). An empty text (a survey
    /// response with scores only) gets a neutral sentiment, keeps the hint and is tagged from its
    /// context alone.
    func analyse(
        text: String, language: Language, context: TagContext, scratch: inout ScoringScratch
    ) -> TextAnalysis {
        guard !text.isEmpty else {
            let tags = tagger.tag(text, context: context, language: language, sentiment: .neutral)
            return TextAnalysis(language: language, sentiment: .neutral, emotions: [], tags: tags)
        }
        let scored = score(utf8: text.utf8.span, language: language, scratch: &scratch)
        let sentiment = sentiment(of: scored, in: scratch)
        var emotions: [EmotionScore] = []
        self.emotions(of: scored, in: &scratch, into: &emotions)
        let tags = tags(of: text, scored: scored, context: context, sentiment: sentiment, in: scratch)
        return TextAnalysis(language: scored.summary.language, sentiment: sentiment, emotions: emotions, tags: tags)
    }

    /// Stage 1: tokenizes and scores the UTF-8 `text` into `scratch`, and tells whether it is
    /// written in another language (`common/foreign.tsv`): such a text is `und`, 0, neutral.
    func score(utf8 text: Span<UInt8>, language: Language, scratch: inout ScoringScratch) -> ScoredText {
        // The one call into the scorer, so that its signature can change in one place.
        var summary = scorer.score(utf8: text, language: language, scratch: &scratch)
        if scratch.tokens.hasInvalidUTF8 {
            // Raw bytes with an invalid sequence: scored as `analyze` reads every text, a `String`
            // with U+FFFD in its place (`TextTableReader.string`), so one cell scores one way.
            let repaired = TextTableReader.string(text)
            summary = scorer.score(utf8: repaired.utf8.span, language: language, scratch: &scratch)
        }
        // Foreign detection is counted during the scorer's probe of each word (`WordIndex`).
        let foreignLanguage = summary.foreignLanguage
        if foreignLanguage != nil {
            // Written in another language: kept, but neither scored nor tagged with French or
            // English words, which would only read noise in it.
            summary.language = .unknown
            summary.score = 0
            summary.label = .neutral
        }
        return ScoredText(summary: summary, foreignLanguage: foreignLanguage)
    }

    /// Stage 2: the clause-level sentiment of the text scored into `scratch`.
    func sentiment(of scored: ScoredText, in scratch: ScoringScratch) -> SentimentResult {
        scored.isForeign ? .neutral : scorer.result(scored.summary, in: scratch)
    }

    /// Stage 3: the emotions of the text scored into `scratch`, strongest first, into `result`
    /// (replaced, not appended to: no allocation once it has room for every emotion).
    func emotions(of scored: ScoredText, in scratch: inout ScoringScratch, into result: inout [EmotionScore]) {
        if scored.isForeign {
            result.removeAll(keepingCapacity: true)
        } else {
            scorer.emotions(scoredIn: &scratch, into: &result)
        }
    }

    /// Stage 4: themes, signals and touchpoint of `text`, scored into `scratch`; a foreign text is
    /// tagged from its context alone.
    func tags(
        of text: String, scored: ScoredText, context: TagContext, sentiment: SentimentResult,
        in scratch: ScoringScratch
    ) -> Tagger.Tags {
        if scored.isForeign {
            return tagger.tag("", context: context, language: .unknown, sentiment: .neutral)
        }
        return tagger.tag(
            text, tokens: scratch.tokens, context: context, language: scored.summary.language, sentiment: sentiment)
    }
}

extension VerbatimAnalyzer {
    /// Why `text` scored as it did (`verbatim explain`): the scorer's trace, or for a text in
    /// another language, that it is not scored, as `analyze` and `score` report it.
    public func explain(_ text: String, language: Language) -> String {
        var scratch = ScoringScratch()
        let scored = score(utf8: text.utf8.span, language: language, scratch: &scratch)
        if let other = scored.foreignLanguage {
            return "language: und (written in '\(other)', see common/foreign.tsv): not scored, score 0, neutral\n"
        }
        return scorer.explain(text, language: language)
    }
}
