public import VerbatimModel

/// What overlaying one third-party lexicon onto a `SentimentLexicon` did, for `lexicon stats` and
/// the run's messages.
///
/// Precedence: a term our own files already define, in any role (valence, negator, intensifier,
/// contrast, modality, emotion …), keeps our entry untouched, because our entries are tuned to our
/// rules (VADER's `no` at −1.2 would make a negator also a complaint); a term an earlier
/// `--extra-lexicon` added keeps that one. Third-party terms only fill the gaps.
public struct ThirdPartyOverlay: Sendable {
    /// The file, as the user named it.
    public var source: String
    /// The format it was read as.
    public var format: ThirdPartyFormat
    /// The language whose lexicon it filled.
    public var language: Language
    /// Non-blank lines read.
    public var lines = 0
    /// Terms read (NRC's ten lines per word make one term).
    public var terms = 0
    /// Terms added to the lexicon.
    public var added = 0
    /// Terms left out because our own files define them.
    public var shadowedByOurs = 0
    /// Terms left out because an earlier extra lexicon (or an earlier line of this one) gave them.
    public var shadowedByExtra = 0
    /// Terms with neither a valence nor an emotion we track (most NRC words).
    public var empty = 0
    /// Skipped lines and terms (file, line, reason).
    public var findings: [Finding] = []

    /// An empty report for one file.
    public init(source: String, format: ThirdPartyFormat, language: Language) {
        self.source = source
        self.format = format
        self.language = language
    }

    /// One line for messages: `vader_lexicon.txt (vader, en): 7520 terms, 7109 added, …`.
    public var summary: String {
        "\(source) (\(format.rawValue), \(language.rawValue)): \(terms) terms from \(lines) lines, \(added) added, "
            + "\(shadowedByOurs) kept ours, \(shadowedByExtra) already given by an extra lexicon, "
            + "\(empty) without valence or emotion, \(findings.count) bad lines skipped"
    }
}
