public import VerbatimModel

/// What the sentiment lexicons say about one word or multiword expression, merged across files.
///
/// A flat value so that the scorer reads it straight out of an array on the hot path.
public struct LexiconEntry: Sendable, Hashable {
    /// Contrast connective kind (`contrast.tsv`).
    public enum Contrast: UInt8, Sendable, Hashable {
        case none
        /// `mais`, `but`: what follows weighs more, what precedes less.
        case but
        /// `bien que`, `although`: the clause it opens weighs less, the next one more.
        case although
    }

    /// Role in "too X" constructions (`excess.tsv`).
    public enum Excess: UInt8, Sendable, Hashable {
        case none
        /// `trop`, `too`.
        case excess
        /// A quality that is bad in excess (`cher`, `long`, `salty`).
        case target
    }

    /// Modality (`modality.tsv`).
    public enum Modality: UInt8, Sendable, Hashable {
        case none
        /// `si`, `if`, `unless`: a hypothesis; dampens the clause.
        case conditional
        /// `j'aurais aimé`, `would have been nice`: praise in the clause becomes a complaint.
        case wish
        /// `would`, `might`, `peut-être`: a modal or hedge; lowers the commitment of the clause.
        case hedge
    }

    // Stored properties are ordered four-byte fields first, then one-byte fields: 28 bytes
    // instead of 36, so an item that embeds an entry fits one cache line (see `ScoringScratch.Item`).

    /// Valence on the lexicon scale (-4…+4), meaningful when `hasValence`.
    public var valence: Float = 0
    /// Intensifier (> 0) or dampener (< 0) boost, -1…+1.
    public var boost: Float = 0
    /// Intensities (0…1) of `emotion1` and `emotion2`.
    public var intensity1: Float = 0
    public var intensity2: Float = 0
    /// True when a valence file lists the term.
    public var hasValence = false
    /// The negator kind (`negators.tsv`, `kind` column): its number in the lexicon's
    /// `negatorKinds`, 0 when the term negates nothing. The kinds are data, not a closed enum, so
    /// that a kind is one row of the file plus the scoring rule that declares it; the scorer
    /// renumbers them to its own rule table (`SentimentLexicon.renumberingNegators`).
    public var negator: UInt8 = 0
    /// Valence when the term is negated (`failures.tsv`): `doesn't work`, `ne répond pas`, `no
    /// picture` report a failure though `work`, `répondre` and `picture` carry no sentiment. 0 when none.
    public var failureValence: Float = 0
    /// Without `ne`, the negator also negates the word just before it (`j'aime pas`).
    public var spokenNegator = false
    public var contrast: Contrast = .none
    public var excess: Excess = .none
    public var modality: Modality = .none
    /// Up to two emotions (index into `Emotion.allCases`, -1 for none).
    public var emotion1: Int8 = -1
    public var emotion2: Int8 = -1
    /// For a word that starts multiword expressions: the longest one, in tokens (0 when none).
    public var longestPhrase: UInt8 = 0
    /// Number of tokens of the term itself.
    public var tokenCount: UInt8 = 1

    public init() {}

    /// True when the entry carries something the scorer uses beyond phrase starts.
    public var isMeaningful: Bool {
        hasValence || failureValence != 0 || boost != 0 || negator != 0 || contrast != .none || excess != .none
            || modality != .none
            || emotion1 >= 0
    }

    /// Adds an emotion (a third one is ignored: two per term is what the file format allows per row pair).
    mutating func addEmotion(_ emotion: Emotion, intensity: Float) {
        guard let index = Emotion.allCases.firstIndex(of: emotion) else { return }
        if emotion1 < 0 {
            emotion1 = Int8(index)
            intensity1 = intensity
        } else if emotion2 < 0 {
            emotion2 = Int8(index)
            intensity2 = intensity
        }
    }

    /// The emotions of the entry.
    public var emotions: [EmotionScore] {
        var result: [EmotionScore] = []
        if emotion1 >= 0 {
            result.append(EmotionScore(emotion: Emotion.allCases[Int(emotion1)], intensity: Double(intensity1)))
        }
        if emotion2 >= 0 {
            result.append(EmotionScore(emotion: Emotion.allCases[Int(emotion2)], intensity: Double(intensity2)))
        }
        return result
    }
}
