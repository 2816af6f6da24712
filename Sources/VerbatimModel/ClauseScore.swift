/// The sentiment of one clause of a verbatim.
///
/// Offsets are UTF-8 byte offsets into `Verbatim.text`, so that a report or `explain` can quote the
/// evidence and so that theme tagging can give a theme the sentiment of the clause that governs it.
/// `sentence`, `hasOpinion` and `opensContrast` tell aspect scoring which clause governs a theme
/// whose own clause holds no opinion (`Tagging.AspectScorer`).
public struct ClauseScore: Sendable, Hashable {
    /// First UTF-8 byte of the clause in the verbatim text.
    public var start: Int
    /// One past the last UTF-8 byte of the clause.
    public var end: Int
    /// Clause sentiment in -1…1.
    public var score: Double
    /// Weight of the clause in the verbatim score (contrast, conditionals, questions change it).
    public var weight: Double
    /// Index of the sentence the clause belongs to, counted from 0 in text order (a sentence ends
    /// at `.`, `!`, `?` or a line break).
    public var sentence: Int
    /// True when a word of the clause itself carries sentiment (an opinion word, a failure fact, a
    /// rating); false for a clause that only names things ("on a pris le menu du jour"), even
    /// when its neighbours judge them.
    public var hasOpinion: Bool
    /// True when the clause opens with a contrast connective (`mais`, `but`, `par contre`,
    /// `cependant`, `although`): it does not share its opinion with the clauses before it.
    public var opensContrast: Bool

    /// A clause; `hasOpinion` defaults to whether `score` is non-zero.
    public init(
        start: Int, end: Int, score: Double, weight: Double, sentence: Int = 0, hasOpinion: Bool? = nil,
        opensContrast: Bool = false
    ) {
        self.start = start
        self.end = end
        self.score = score
        self.weight = weight
        self.sentence = sentence
        self.hasOpinion = hasOpinion ?? (score != 0)
        self.opensContrast = opensContrast
    }
}
