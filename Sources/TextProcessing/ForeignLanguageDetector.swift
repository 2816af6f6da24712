/// Notices a verbatim written in neither French nor English (German, Spanish, Italian, Dutch,
/// Portuguese mail reaches French and English shops too), so that it is not scored with a lexicon
/// of another language: German `die` or `gift` read as English would be noise.
///
/// Evidence is the same kind `LanguageIdentifier` uses: function words, the most frequent words of
/// a language, which any sentence contains. The word lists are data (`lexicons/common/foreign.tsv`).
/// The words are counted by the scorer's `WordIndex`, during the one probe it makes per token
/// (a table of its own here cost a second probe per word: 9,523 instead of about 8,700
/// instructions per text); this type holds the decision rule.
public enum ForeignLanguageDetector {
    /// Fewest function words of one other language before a text is called foreign: one or two can
    /// be a name or a borrowed word (`Gesundheit`, `fiesta`), three are a sentence.
    public static let minimumHits = 3
    /// The other language must bring at least this many times the French and English function-word
    /// hits together: a French e-mail quoting a German product name stays French.
    public static let dominanceRatio = 2
    /// Counters of the languages are lanes `0..<countedLanguages` of a `SIMD16<Int32>` (a vector
    /// rather than an array: an array was a heap allocation per text, on the path of every row of
    /// `verbatim score`); the last two lanes hold the native words and words of neither side.
    /// Languages past the fourteenth are not counted (`common/foreign.tsv` lists six).
    public static let countedLanguages = 14
    /// The lane of the French and English function words.
    public static let nativeLane: UInt8 = 14
    /// The lane of words that are neither (counted, never read).
    public static let noLane: UInt8 = 15

    /// The other language a text is written in, given the function words counted per lane
    /// (`hits`) for `languages` languages: the index of the language with the most hits (the first
    /// of equals), or `nil` when it has fewer than `minimumHits` or less than `dominanceRatio`
    /// times the native hits (a word listed on both sides counts as native).
    public static func decide(_ hits: SIMD16<Int32>, languages: Int) -> Int? {
        let counted = min(languages, countedLanguages)
        guard counted > 0 else { return nil }
        var best = 0
        for lane in 1..<counted where hits[lane] > hits[best] { best = lane }
        let count = Int(hits[best])
        let native = Int(hits[Int(nativeLane)])
        guard count >= minimumHits, count >= dominanceRatio * native else { return nil }
        return best
    }
}
