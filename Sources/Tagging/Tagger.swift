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
        /// Themes of the text in order of first mention, each once, with the sentiment of the
        /// words that govern it (`AspectScorer`); then themes found only in the context (subject,
        /// title), with the verbatim score.
        public var themes: [ThemeMention]
        /// CX signals, sorted, each once.
        public var signals: [String]
        /// The touchpoint id, `other` when nothing places the verbatim.
        public var touchpoint: String
        /// Which of the resolver's rules decided `touchpoint`.
        public var placement: Placement

        /// Tags as the pipeline or a test builds them.
        public init(themes: [ThemeMention], signals: [String], touchpoint: String, placement: Placement = .text) {
            self.themes = themes
            self.signals = signals
            self.touchpoint = touchpoint
            self.placement = placement
        }
    }

    /// The journey in use.
    public let journey: Journey
    /// The taxonomy (every theme, in or out of the journey's scope), for labels in reports.
    public let themeDefinitions: [ThemeDefinition]
    private let themes: ThemeDetector
    private let signals: SignalDetector
    /// The signal lexicon's ids in file order (`SignalLexicon.signals`): the hot spot tables' columns.
    public let lexiconSignals: [String]
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
        lexiconSignals = signals.signals
        resolver = TouchpointResolver(journey: journey)
        var matchers: [Language: PhraseMatcher] = [:]
        for language in Language.allCases {
            matchers[language] = PhraseMatcher(
                rules: (self.themes.rules[language] ?? []) + (self.signals.rules[language] ?? []))
        }
        self.matchers = matchers
    }

    /// Tags one text whose sentiment is already known (themes take the sentiment of the words that govern them), with
    /// what `context` adds (`TagContext.none` for a bare text). `tokens`, when given, are the byte
    /// tokens of `text` the scorer left in its scratch (`ScoringScratch.tokens`): the text is then
    /// tokenized once and keys come from the scorer's key arena.
    public func tag(
        _ text: String, tokens: TokenBuffer? = nil, context: TagContext, language: Language,
        sentiment: SentimentResult
    ) -> Tags {
        let matchText = tokens.map { MatchText(text, buffer: $0) } ?? MatchText(text)
        let matcher = matchers[language] ?? PhraseMatcher(rules: [])
        let matches = matcher.matches(in: matchText)
        let occurrences = themes.occurrences(in: matches)
        let textThemes = AspectScorer.mentions(of: occurrences, themeIDs: themes.themeIDs, sentiment: sentiment)
        let conceded = Concession.conceded(occurrences, clauses: sentiment.clauses, verdict: sentiment.score) { label in
            let id = themes.themeIDs[label]
            guard resolver.isStep(id), let mention = textThemes.first(where: { $0.theme == id }) else { return nil }
            return mention.sentiment
        }
        var found = signals.signals(in: matches)

        var contextThemes: [ThemeMention] = []
        if let around = context.context, !around.isEmpty {
            let contextMatches = matcher.matches(in: MatchText(around))
            var seen = Set(textThemes.map(\.theme))
            for occurrence in themes.occurrences(in: contextMatches) {
                let id = themes.themeIDs[occurrence.theme]
                if seen.insert(id).inserted {
                    contextThemes.append(ThemeMention(theme: id, sentiment: sentiment.score))
                }
            }
            found += signals.signals(in: contextMatches)
        }

        found += context.readerSignals
        if SignalDetector.isIncoherent(scores: context.scores, sentiment: sentiment.score) {
            found.append(SignalDetector.incoherence)
        }
        let (touchpoint, placement) = resolver.resolve(
            hint: context.touchpointHint, themes: textThemes, contextThemes: contextThemes, channel: context.channel,
            conceded: Set(conceded.map { themes.themeIDs[$0] }))
        return Tags(
            themes: textThemes + contextThemes, signals: Array(Set(found)).sorted(), touchpoint: touchpoint,
            placement: placement)
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
