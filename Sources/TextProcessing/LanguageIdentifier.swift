public import VerbatimModel

/// Tells French from English by function-word evidence (articles, pronouns, prepositions,
/// auxiliaries: the most frequent words of each language, which any sentence of a few words
/// contains) plus accented letters, which English text rarely has.
///
/// The word lists are data (`lexicons/fr/langid.tsv`, `lexicons/en/langid.tsv`); `builtIn` is a
/// small fallback used when no lexicon directory is at hand.
public struct LanguageIdentifier: Sendable {
    /// Minimum total evidence (weighted word hits) before the text itself is trusted over the
    /// declared language. Two function words are enough to tell the languages apart on ordinary
    /// sentences (e.g. "le … est"), one is not ("on", "a", "me" exist in both).
    public static let minimumEvidence = 2.0
    /// The winner must have this factor more evidence than the loser to overrule a declared language.
    public static let overruleRatio = 2.0
    /// Evidence a word with diacritics brings to French (é, è, à, ç are rare in English prose).
    public static let diacriticEvidence = 0.5

    private var table = ByteKeyTable(minimumCapacity: 512)
    private var weights: [(fr: Double, en: Double)] = []

    /// An identifier from per-language word weights (keys are folded with `TextFolding.fold`).
    public init(french: [String: Double], english: [String: Double]) {
        for (word, weight) in french { add(word, fr: weight, en: 0) }
        for (word, weight) in english { add(word, fr: 0, en: weight) }
    }

    private mutating func add(_ word: String, fr: Double, en: Double) {
        let (index, inserted) = table.insert(TextFolding.fold(word))
        if inserted {
            weights.append((fr, en))
        } else {
            weights[index].fr += fr
            weights[index].en += en
        }
    }

    /// Every evidence word (folded key bytes) with its weights, for indexes that look tokens up once
    /// for several purposes (the scorer's `WordIndex`).
    public var evidence: [(key: [UInt8], french: Double, english: Double)] {
        (0..<table.count).map { (table.keyBytes(at: $0), weights[$0].fr, weights[$0].en) }
    }

    /// The language of `text`; `declared` wins when the text is too short to tell.
    public func identify(_ text: String, declared: Language? = nil) -> Language {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize(text, into: &buffer)
        return identify(buffer, declared: declared)
    }

    /// The language of already tokenised text (the scoring hot path).
    public func identify(_ buffer: TokenBuffer, declared: Language? = nil) -> Language {
        var fr = 0.0
        var en = 0.0
        buffer.withKeys { keys in
            for token in buffer.tokens where token.kind == .word {
                if token.flags.contains(.hasDiacritic) { fr += Self.diacriticEvidence }
                let key = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
                if let index = table.find(key) {
                    fr += weights[index].fr
                    en += weights[index].en
                }
            }
        }
        return Self.decide(fr: fr, en: en, declared: declared)
    }

    /// The language for `fr` and `en` evidence (weighted word hits); `declared` wins when the
    /// evidence is too thin or too close to overrule it.
    public static func decide(fr: Double, en: Double, declared: Language?) -> Language {
        let declaredKnown = declared.flatMap { $0 == .unknown ? nil : $0 }
        if fr + en < Self.minimumEvidence || fr == en {
            if let declaredKnown { return declaredKnown }
            if fr == en { return .unknown }
            return fr > en ? .fr : .en
        }
        let winner: Language = fr > en ? .fr : .en
        if let declaredKnown, declaredKnown != winner, max(fr, en) < Self.overruleRatio * min(fr, en) {
            return declaredKnown
        }
        return winner
    }

    /// The fallback identifier (the thirty most frequent function words of each language).
    public static let builtIn = LanguageIdentifier(
        french: Dictionary(
            uniqueKeysWithValues: [
                "le", "la", "les", "des", "du", "un", "une", "et", "est", "je", "j'", "il", "elle", "nous", "vous",
                "ils", "pas", "ne", "n'", "que", "qu'", "qui", "pour", "avec", "dans", "sur", "mais", "c'est", "au",
                "aux", "très", "tres", "l'", "d'", "ce", "cette", "mon", "ma", "mes", "été", "avons",
            ].map { ($0, 1.0) }),
        english: Dictionary(
            uniqueKeysWithValues: [
                "the", "and", "is", "was", "are", "were", "i", "you", "it", "this", "that", "with", "for", "not",
                "of", "to", "my", "we", "they", "have", "has", "had", "but", "very", "be", "been", "at", "from",
                "it's", "i'm", "don't", "didn't", "what", "would", "an",
            ].map { ($0, 1.0) }))

    /// The language of `text` with the built-in word lists; `declared` wins when the text is too
    /// short to tell.
    public static func identify(_ text: String, declared: Language? = nil) -> Language {
        builtIn.identify(text, declared: declared)
    }
}
