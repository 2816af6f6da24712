public import VerbatimModel

/// One term of a third-party lexicon, already on Verbatim's scales.
public struct ThirdPartyEntry: Sendable, Hashable {
    /// The term as written in the file (a multiword term becomes a phrase when overlaid).
    public var term: String
    /// The 1-based line it was read from (the first line, for NRC's ten rows per word).
    public var line: Int
    /// Valence on the lexicon scale −4…+4, `nil` when the file gives none.
    public var valence: Float?
    /// Our emotions the term carries, in `Emotion.allCases` order (an entry keeps the first two).
    public var emotions: [Emotion]

    /// An entry as a reader makes it.
    public init(term: String, line: Int, valence: Float?, emotions: [Emotion]) {
        self.term = term
        self.line = line
        self.valence = valence
        self.emotions = emotions
    }

    /// True when the entry gives the scorer something: a valence or an emotion.
    public var isUseful: Bool { valence != nil || !emotions.isEmpty }

    /// Valence given to a term a lexicon only marks positive or negative (FEEL polarity, NRC
    /// positive/negative): ±2, "clear" on the scale of `lexicons/en/valence.tsv` (±1 mild,
    /// ±2 clear, ±3 strong), since a binary polarity says nothing of strength.
    public static let polarityValence: Float = 2

    /// Intensity given to an emotion a lexicon only flags 0/1 (FEEL, NRC): 0.6, "clear" on the scale
    /// of `lexicons/en/emotions.tsv` (0.3 mild, 0.6 clear, 0.9 intense).
    public static let flaggedEmotionIntensity: Float = 0.6

    /// Our emotions in canonical order, without repeats.
    static func ordered(_ emotions: Set<Emotion>) -> [Emotion] { Emotion.allCases.filter { emotions.contains($0) } }
}
