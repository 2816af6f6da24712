import Lexicons
import TextProcessing
import VerbatimModel

/// One hash table over every key the scorer looks up per token: the single-token terms of both
/// sentiment lexicons and the language-evidence words. Each word of a text is hashed and probed
/// once, and that one probe yields its language evidence and its lexicon entry in either language
/// (an index per key, not a copy of the entry).
struct VocabularyIndex: Sendable {
    private var table = ByteKeyTable(minimumCapacity: 8192)
    /// Per key: entry number in the French / English lexicon's `words`, -1 when absent.
    private(set) var french: [Int32] = []
    private(set) var english: [Int32] = []
    /// Per key: language evidence (`langid.tsv` weights) for French and English.
    private(set) var evidence: [(fr: Double, en: Double)] = []

    init(french frenchLexicon: SentimentLexicon, english englishLexicon: SentimentLexicon) {
        for index in 0..<frenchLexicon.words.count {
            french[slot(frenchLexicon.words.key(at: index))] = Int32(index)
        }
        for index in 0..<englishLexicon.words.count {
            english[slot(englishLexicon.words.key(at: index))] = Int32(index)
        }
        // Same keys as `LanguageIdentifier` (folded with `TextFolding.fold`).
        for (word, weight) in frenchLexicon.languageEvidence { evidence[slot(TextFolding.fold(word))].fr += weight }
        for (word, weight) in englishLexicon.languageEvidence { evidence[slot(TextFolding.fold(word))].en += weight }
    }

    private mutating func slot(_ key: String) -> Int {
        let (index, inserted) = table.insert(key)
        if inserted {
            french.append(-1)
            english.append(-1)
            evidence.append((0, 0))
        }
        return index
    }

    /// The key number of `key`, -1 when absent. Allocation-free.
    @inline(__always) func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        table.find(key).map { Int32($0) } ?? -1
    }

    /// Looks up every word token of `buffer` once: fills `lookups` (one key number per token, -1
    /// for none and for punctuation) and returns the language `LanguageIdentifier` would find.
    func lookUp(_ buffer: TokenBuffer, declared: Language, into lookups: inout [Int32]) -> Language {
        lookups.removeAll(keepingCapacity: true)
        var fr = 0.0
        var en = 0.0
        buffer.keys.withUnsafeBufferPointer { keys in
            evidence.withUnsafeBufferPointer { evidence in
                for token in buffer.tokens {
                    guard token.kind != .punctuation else {
                        lookups.append(-1)
                        continue
                    }
                    let index = find(UnsafeBufferPointer(rebasing: keys[Int(token.keyStart)..<Int(token.keyEnd)]))
                    lookups.append(index)
                    // Evidence counts words only, as in `LanguageIdentifier`.
                    guard token.kind == .word else { continue }
                    if token.flags.contains(.hasDiacritic) { fr += LanguageIdentifier.diacriticEvidence }
                    if index >= 0 {
                        fr += evidence[Int(index)].fr
                        en += evidence[Int(index)].en
                    }
                }
            }
        }
        return LanguageIdentifier.decide(fr: fr, en: en, declared: declared)
    }
}
