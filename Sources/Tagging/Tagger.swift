public import Foundation
public import Lexicons
public import TextProcessing
public import VerbatimModel

/// Themes, CX signals and the touchpoint of a verbatim, from the lexicons under `lexicons/`
/// (`themes/`, `signals/`) and one journey file (`journeys/*.tsv`), all loaded at run time.
///
/// Everything is validated at load: a lexicon or journey mistake is a `LexiconError` naming the
/// file and line, before any verbatim is read.
public struct Tagger: Sendable {
    /// What tagging found in one verbatim.
    public struct Tags: Sendable, Hashable {
        /// Themes of the text in order of first mention, each once, with the (mean) sentiment of
        /// the clauses that mention it; then themes found only in the context (subject, title),
        /// with the verbatim score.
        public var themes: [ThemeMention]
        /// CX signals, sorted, each once.
        public var signals: [String]
        /// The touchpoint id, `other` when nothing places the verbatim.
        public var touchpoint: String

        /// Tags as the pipeline or a test builds them.
        public init(themes: [ThemeMention], signals: [String], touchpoint: String) {
            self.themes = themes
            self.signals = signals
            self.touchpoint = touchpoint
        }
    }

    /// The journey in use.
    public let journey: Journey
    /// The taxonomy (every theme, in or out of the journey's scope), for labels in reports.
    public let themeDefinitions: [ThemeDefinition]
    private let themes: ThemeDetector
    private let signals: SignalDetector
    private let resolver: TouchpointResolver
    /// One matcher per language (both languages under `.unknown`) running theme and signal rules
    /// in a single pass over the tokens.
    private let matchers: [Language: PhraseMatcher]

    /// Touchpoints of the journey in journey order (for reports), `other` last.
    public var touchpoints: [String] { journey.touchpoints.map(\.id) + [Journey.otherTouchpoint] }

    /// Loads `lexiconDirectory/themes/`, `lexiconDirectory/signals/` and the journey file `journey`
    /// (default: `lexiconDirectory/journeys/ecommerce.tsv`). A `journey` that does not exist but
    /// names a bundled journey (`hospitality`, `saas.tsv`) loads `lexiconDirectory/journeys/<name>.tsv`.
    public init(lexiconDirectory: URL, journey: URL? = nil) throws(LexiconError) {
        let themeLexicon = try ThemeLexicon(directory: lexiconDirectory.appendingPathComponent("themes"))
        let signalLexicon = try SignalLexicon(directory: lexiconDirectory.appendingPathComponent("signals"))
        let journeyURL = Self.resolveJourney(journey, lexiconDirectory: lexiconDirectory)
        let journey = try Journey(contentsOf: journeyURL, knownThemes: Set(themeLexicon.themes.map(\.id)))
        self.init(themes: themeLexicon, signals: signalLexicon, journey: journey)
    }

    /// Builds a tagger from loaded lexicons (tests build them from inline tables).
    public init(themes: ThemeLexicon, signals: SignalLexicon, journey: Journey) {
        self.journey = journey
        themeDefinitions = themes.themes
        self.themes = ThemeDetector(lexicon: themes, scope: journey.themes)
        self.signals = SignalDetector(lexicon: signals)
        resolver = TouchpointResolver(journey: journey)
        var matchers: [Language: PhraseMatcher] = [:]
        for language in Language.allCases {
            matchers[language] = PhraseMatcher(
                rules: (self.themes.rules[language] ?? []) + (self.signals.rules[language] ?? []))
        }
        self.matchers = matchers
    }

    /// Tags one verbatim whose sentiment is already known (themes take their clause's sentiment).
    public func tag(_ verbatim: Verbatim, language: Language, sentiment: SentimentResult) -> Tags {
        tag(verbatim, text: MatchText(verbatim.text), language: language, sentiment: sentiment)
    }

    /// Same as `tag(_:language:sentiment:)` with the tokens of `verbatim.text` already computed
    /// (`Tokenizer.tokenize(verbatim.text)`, as the scorer has them), so the text is tokenized once.
    public func tag(_ verbatim: Verbatim, tokens: [Token], language: Language, sentiment: SentimentResult) -> Tags {
        tag(verbatim, text: MatchText(verbatim.text, tokens: tokens), language: language, sentiment: sentiment)
    }

    /// Same as `tag(_:language:sentiment:)` with the byte tokens of `verbatim.text` the scorer left
    /// in its scratch (`ScoringScratch.tokens`): the text is tokenized once, keys come from the
    /// scorer's key arena.
    public func tag(_ verbatim: Verbatim, buffer: TokenBuffer, language: Language, sentiment: SentimentResult) -> Tags {
        tag(verbatim, text: MatchText(verbatim.text, buffer: buffer), language: language, sentiment: sentiment)
    }

    private func tag(_ verbatim: Verbatim, text: MatchText, language: Language, sentiment: SentimentResult) -> Tags {
        let matcher = matchers[language] ?? PhraseMatcher(rules: [])
        let matches = matcher.matches(in: text)
        let textThemes = AspectScorer.mentions(
            of: themes.occurrences(in: matches), themeIDs: themes.themeIDs, sentiment: sentiment)
        var found = signals.signals(in: matches)

        var contextThemes: [ThemeMention] = []
        if let context = verbatim.context, !context.isEmpty {
            let contextMatches = matcher.matches(in: MatchText(context))
            var seen = Set(textThemes.map(\.theme))
            for occurrence in themes.occurrences(in: contextMatches) {
                let id = themes.themeIDs[occurrence.theme]
                if seen.insert(id).inserted {
                    contextThemes.append(ThemeMention(theme: id, sentiment: sentiment.score))
                }
            }
            found += signals.signals(in: contextMatches)
        }

        found += verbatim.readerSignals
        if SignalDetector.isIncoherent(scores: verbatim.scores, sentiment: sentiment.score) {
            found.append(SignalDetector.incoherence)
        }
        let touchpoint = resolver.touchpoint(
            hint: verbatim.touchpointHint, themes: textThemes, contextThemes: contextThemes, channel: verbatim.channel)
        return Tags(themes: textThemes + contextThemes, signals: Array(Set(found)).sorted(), touchpoint: touchpoint)
    }

    /// The themes and signals of the verbatim's own text with the words and lexicon rows behind
    /// them, in text order (themes first): what `verbatim explain` prints. The context and the
    /// reader's signals are not included; offsets are into `verbatim.text`.
    public func evidence(_ verbatim: Verbatim, language: Language) -> [TagEvidence] {
        guard let matcher = matchers[language] else { return [] }
        let matches = matcher.matches(in: MatchText(verbatim.text))
        let themeEvidence = themes.occurrences(in: matches).map { occurrence in
            let rule = matcher.rules[occurrence.rule]
            return TagEvidence(
                kind: .theme, label: themes.themeIDs[occurrence.theme], start: occurrence.byteStart,
                end: occurrence.byteEnd, pattern: rule.source, origin: rule.origin)
        }
        let signalEvidence = matches.filter { $0.family == .signal }.map { match in
            let rule = matcher.rules[match.rule]
            return TagEvidence(
                kind: .signal, label: signals.signalIDs[match.label], start: match.byteStart, end: match.byteEnd,
                pattern: rule.source, origin: rule.origin)
        }
        return themeEvidence + signalEvidence
    }

    /// The journey file to read: `journey` itself, or the bundled journey it names.
    static func resolveJourney(_ journey: URL?, lexiconDirectory: URL) -> URL {
        let journeys = lexiconDirectory.appendingPathComponent("journeys")
        guard let journey else { return journeys.appendingPathComponent("ecommerce.tsv") }
        if FileManager.default.fileExists(atPath: journey.path) { return journey }
        let name = journey.lastPathComponent
        let bundled = journeys.appendingPathComponent(name.hasSuffix(".tsv") ? name : name + ".tsv")
        return FileManager.default.fileExists(atPath: bundled.path) ? bundled : journey
    }
}
