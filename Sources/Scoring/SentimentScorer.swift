public import Foundation
public import Lexicons
public import TextProcessing
public import VerbatimModel

/// The outcome of scoring one text on the fast path.
public struct ScoreSummary: Sendable, Hashable {
    /// Verbatim score in -1…1.
    public var score: Double
    public var label: SentimentLabel
    /// The language the text was scored as.
    public var language: Language
    /// The ISO 639-1 code of the other language the text is written in (`common/foreign.tsv`,
    /// decided by `ForeignLanguageDetector` from the scorer's one probe per word), if any. The
    /// scorer still scores such a text as French or English; the analyser reports it `und`.
    public var foreignLanguage: String? = nil
}

/// Scores verbatims with the lexicons and rules: clause by clause, transparently (see
/// `SentimentRules` for every constant and `explain` for a trace).
public struct SentimentScorer: Sendable {
    /// French lexicons.
    public let french: SentimentLexicon
    /// English lexicons.
    public let english: SentimentLexicon
    /// Language identification from the lexicons' `langid.tsv`.
    public let identifier: LanguageIdentifier
    /// The rule engines, built once.
    let frenchEngine: SentimentEngine
    let englishEngine: SentimentEngine
    /// Every token key of both lexicons and of the identifier, probed once per token.
    let index: WordIndex

    /// Loads the sentiment lexicons under `lexiconDirectory` (`fr/`, `en/`, `common/`), the
    /// rules' word lists beside them and the function words of other languages
    /// (`common/foreign.tsv`).
    public init(lexiconDirectory: URL) throws {
        let french = try SentimentLexicon(directory: lexiconDirectory, language: .fr)
        let english = try SentimentLexicon(directory: lexiconDirectory, language: .en)
        self.init(
            french: french, english: english, words: try RuleWordLists(directory: lexiconDirectory),
            foreign: try ForeignWordList(directory: lexiconDirectory))
    }

    /// A scorer over already loaded lexicons and word lists (`RuleWordLists.empty`, the default, for
    /// lexicons built from in-memory tables: the rules then know no `never`, `or`, `stars`…) and
    /// function words of other languages (none by default: foreign detection is then off). The
    /// French and English function words of `foreign` detection are the lexicons' `langid.tsv`.
    public init(
        french: SentimentLexicon, english: SentimentLexicon, words: RuleWordLists = .empty,
        foreign: ForeignWordList = ForeignWordList(words: [:])
    ) {
        self.french = french
        self.english = english
        frenchEngine = SentimentEngine(lexicon: french, words: words)
        englishEngine = SentimentEngine(lexicon: english, words: words)
        if french.languageEvidence.isEmpty || english.languageEvidence.isEmpty {
            identifier = .builtIn
        } else {
            identifier = LanguageIdentifier(french: french.languageEvidence, english: english.languageEvidence)
        }
        index = WordIndex(
            french: frenchEngine, english: englishEngine, identifier: identifier, foreign: foreign.words,
            native: Array(french.languageEvidence.keys) + Array(english.languageEvidence.keys))
    }

    // MARK: Fast path

    /// Scores the UTF-8 `bytes` using `scratch` (no allocation once warm). `language` `.unknown`
    /// means "identify it"; a declared language wins when the text is too short to tell.
    public func score(utf8 bytes: Span<UInt8>, language: Language, scratch: inout ScoringScratch) -> ScoreSummary {
        scratch.reset()
        ByteTokenizer.tokenize(bytes, into: &scratch.tokens)
        let tokenCount = scratch.tokens.tokens.count
        // Every per-text buffer is borrowed once, here, and the stages work on its views:
        // `mutableView` is the buffers' entry (one capacity check per text: at most one item per
        // token and one clause per item); inside, access is unchecked in release builds. The views
        // are locals, not closure arguments: closures capturing `self` copied the whole scorer
        // (a retain and a release of each of its tables) twice per text.
        let facts = scratch.facts.mutableView(count: tokenCount)
        let itemStore = scratch.itemStore.mutableView(count: tokenCount)
        let clauseStore = scratch.clauseStore.mutableView(count: tokenCount + 1)
        let toks = scratch.tokens.tokens.view
        let keys = scratch.tokens.keysView
        let allCaps = Self.isAllCaps(toks)
        // Identification reads the same per-token probe as the lexicon look-up (`WordIndex`).
        let resolved = index.resolve(toks, keys: keys, facts: facts, declared: language)
        var identified = resolved.language
        if identified == .unknown { identified = .en }
        // Each engine borrowed where it is stored: a local holding either one was a retain and a
        // release per text.
        let (score, label, items, clauses) =
            identified == .fr
            ? Self.stages(
                frenchEngine, index: index, toks: toks, keys: keys, facts: facts, itemStore: itemStore,
                clauseStore: clauseStore, allCaps: allCaps, key: &scratch.key)
            : Self.stages(
                englishEngine, index: index, toks: toks, keys: keys, facts: facts, itemStore: itemStore,
                clauseStore: clauseStore, allCaps: allCaps, key: &scratch.key)
        assert(items <= tokenCount && clauses <= items + 1, "a stage wrote beyond its buffer")
        scratch.itemCount = items
        scratch.clauseCount = clauses
        return ScoreSummary(score: score, label: label, language: identified, foreignLanguage: resolved.foreign)
    }

    /// Items, clauses, rules and the verdict of one text with `engine`: the score, the label and
    /// how many items and clauses were written.
    @inline(__always)
    private static func stages(
        _ engine: SentimentEngine, index: WordIndex, toks: BufferView<RawToken>,
        keys: BufferView<UInt8>, facts: MutableBufferView<ScoringScratch.TokenFacts>,
        itemStore: MutableBufferView<ScoringScratch.Item>,
        clauseStore: MutableBufferView<ScoringScratch.Clause>, allCaps: Bool, key: inout [UInt8]
    ) -> (Double, SentimentLabel, Int, Int) {
        // The records as a view: passing the whole index retained each of its tables for every
        // text.
        let itemCount = BufferView.borrowing(index.records) { records in
            engine.buildItems(toks, keys: keys, facts: facts, records: records, items: itemStore, key: &key)
        }
        let items = itemStore.extracting(0..<itemCount)
        let clauseCount = engine.buildClauses(items, clauseStore)
        let clauses = clauseStore.extracting(0..<clauseCount)
        BufferView.borrowing(index.implicitKinds) { implicitKinds in
            engine.scoreClauses(
                items, clauses, toks: toks, keys: keys, textIsAllCaps: allCaps, facts: BufferView(facts),
                implicitKinds: implicitKinds)
        }
        let (score, label) = SentimentEngine.aggregate(clauses)
        return (score, label, itemCount, clauseCount)
    }

    /// Scores a `String` using `scratch`.
    public func score(_ text: String, language: Language, scratch: inout ScoringScratch) -> ScoreSummary {
        var copy = text
        copy.makeContiguousUTF8()
        return score(utf8: copy.utf8.span, language: language, scratch: &scratch)
    }

    /// The text is shouting as a whole, so capitals are not emphasis of one word (VADER's rule).
    static func isAllCaps(_ tokens: BufferView<RawToken>) -> Bool {
        var words = 0
        for token in tokens where token.kind == .word && token.keyLength >= 2 {
            if !token.flags.contains(.allCaps) { return false }
            words += 1
        }
        return words > 0
    }

    /// `Emotion.allCases` built once (the synthesized property builds an array per call).
    static let emotionKinds = Emotion.allCases

    /// Emotions of the items in `scratch` (after `score(utf8:…)`), strongest first. Negated terms
    /// and praise words used as intensifiers (`super décevant`) do not count; intensities add up
    /// per emotion and cap at 1.
    public func emotions(in scratch: ScoringScratch) -> [EmotionScore] {
        var result: [EmotionScore] = []
        emotions(in: scratch, into: &result)
        return result
    }

    /// The same into a reusable array (replaced, not appended to): no allocation once `result`
    /// has room for every emotion, for the streaming paths.
    public func emotions(in scratch: ScoringScratch, into result: inout [EmotionScore]) {
        scratch.itemStore.withView(count: scratch.itemCount) { Self.emotions(of: $0, into: &result) }
    }

    /// The same for a caller that keeps `scratch` in a variable (the streaming loop): `inout` so
    /// that no copy of the scratch is made per text, as one is (with a retain and release of each
    /// of its buffers) when a closure passes a variable it captures by value.
    public func emotions(scoredIn scratch: inout ScoringScratch, into result: inout [EmotionScore]) {
        let count = scratch.itemCount
        scratch.itemStore.withView(count: count) { Self.emotions(of: $0, into: &result) }
    }

    private static func emotions(of items: BufferView<ScoringScratch.Item>, into result: inout [EmotionScore]) {
        if !result.isEmpty { result.removeAll(keepingCapacity: true) }
        // Most texts have no emotion term: leave before setting up the totals.
        guard items.contains(where: { $0.entry.emotion1 >= 0 }) else { return }
        let kinds = emotionKinds.count
        // On the stack: one slot per emotion (eight today; the precondition catches a ninth).
        var totals = InlineArray<8, Double>(repeating: 0)
        precondition(kinds <= totals.count, "more emotions than emotion totals")
        do {
            var any = false
            for item in items where item.entry.emotion1 >= 0 {
                if item.notes.contains(.negated) || item.notes.contains(.partiallyNegated)
                    || item.notes.contains(.asIntensifier) || item.notes.contains(.courtesy)
                    || item.notes.contains(.sarcasm)
                {
                    continue
                }
                let factor = 1 + Double(max(item.boost, 0))
                totals[Int(item.entry.emotion1)] += Double(item.entry.intensity1) * factor
                if item.entry.emotion2 >= 0 {
                    totals[Int(item.entry.emotion2)] += Double(item.entry.intensity2) * factor
                }
                any = true
            }
            guard any else { return }
            for index in 0..<kinds where totals[index] > 0 {
                result.append(
                    EmotionScore(emotion: emotionKinds[index], intensity: min(1, (totals[index] * 100).rounded() / 100))
                )
            }
        }
        if result.count > 1 {
            result.sort { $0.intensity != $1.intensity ? $0.intensity > $1.intensity : $0.emotion < $1.emotion }
        }
    }

    /// The full result (with clauses) of the text last scored into `scratch`: each clause with its
    /// sentence, whether it has an opinion of its own and whether a contrast connective opens it,
    /// for aspect scoring. A clause has an opinion when its own words read positive or negative
    /// with the verbatim's neutral band (`SentimentRules.neutralBand`): a clause whose words cancel
    /// out (`correct mais sans plus`) says no more than one without opinion words.
    public func result(_ summary: ScoreSummary, in scratch: ScoringScratch) -> SentimentResult {
        let clauses = scratch.itemStore.withView(count: scratch.itemCount) { items in
            scratch.clauses.map {
                let score = SentimentEngine.normalise($0.raw)
                return ClauseScore(
                    start: Int($0.start), end: Int($0.stop), score: score, weight: $0.weight, sentence: $0.sentence,
                    hasOpinion: abs(score) >= SentimentRules.neutralBand,
                    opensContrast: $0.first < items.count && items[$0.first].entry.contrast != .none)
            }
        }
        return SentimentResult(score: summary.score, label: summary.label, clauses: clauses)
    }

    // MARK: Convenience API (one allocation per call)

    /// The sentiment of `text` and of each of its clauses.
    public func score(_ text: String, language: Language) -> SentimentResult {
        var scratch = ScoringScratch()
        let summary = score(text, language: language, scratch: &scratch)
        return result(summary, in: scratch)
    }

    /// Emotions found in `text`, strongest first.
    public func emotions(_ text: String, language: Language) -> [EmotionScore] {
        var scratch = ScoringScratch()
        _ = score(text, language: language, scratch: &scratch)
        return emotions(in: scratch)
    }

    /// A human-readable trace of how `text` was scored: tokens, rules, clauses, final score.
    public func explain(_ text: String, language: Language) -> String {
        var scratch = ScoringScratch()
        let summary = score(text, language: language, scratch: &scratch)
        return ScoreExplanation(
            text: text, summary: summary, scratch: scratch, emotions: emotions(in: scratch),
            lexicon: summary.language == .fr ? french : english
        ).render()
    }
}
