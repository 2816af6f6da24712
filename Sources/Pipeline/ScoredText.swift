import Scoring

/// What the analyser's first stage decided about a text (`VerbatimAnalyzer.score(utf8:language:scratch:)`):
/// its language and score, or that it is written in another language than French and English.
struct ScoredText {
    /// The score, label and language; for a foreign text `und`, 0 and neutral, as `analyze`
    /// reports it (neither French nor English words are read in it).
    var summary: ScoreSummary
    /// The ISO code of the other language the text is written in (`common/foreign.tsv`), if any.
    var foreignLanguage: String?

    var isForeign: Bool { foreignLanguage != nil }
}
