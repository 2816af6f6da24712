import Lexicons
import TextProcessing
import VerbatimModel

/// Light stemming of unknown words onto valence entries.
extension SentimentEngine {
    /// The English verb and comparative endings `stemmedIndex` tries, in order, each also with a
    /// silent `e` restored and a doubled consonant undone.
    static let verbSuffixFile = WordListFile(name: "verb-suffixes.tsv", languages: [.en])

    /// The valence entry of an elongated word with its letter runs collapsed (`nuul` → `nul`), the
    /// first rule of `stemmedIndex` (the only one that depends on more than the key, so the only
    /// one applied at scoring time rather than resolved in `WordIndex`).
    func collapsedIndex(_ word: BufferView<UInt8>, _ key: inout [UInt8]) -> Int? {
        key.removeAll(keepingCapacity: true)
        for byte in word where key.last != byte { key.append(byte) }
        if let index = lexicon.word(key.span), lexicon.wordEntries[index].hasValence {
            return index
        }
        return nil
    }

    /// Light stemming for unknown words, accepted only onto a valence entry (its entry number):
    /// collapsed letter runs (`nuul` → `nul`), plural `-s`/`-x`, adverbs in `-ment`/`-ly`, English
    /// `-ed`/`-ing`/`-er`/`-est`. The rule of record: `stemmedForms` runs it on every form the
    /// suffix rules can reach, and scoring reads the answers from `WordIndex`.
    func stemmedIndex(_ word: BufferView<UInt8>, elongated: Bool, _ key: inout [UInt8]) -> Int? {
        // No allocation: candidate keys are built in the reusable `key` buffer.
        func tryKey(dropping count: Int, adding suffix: UInt8? = nil) -> Int? {
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: word.extracting(0..<(word.count - count)))
            if let suffix { key.append(suffix) }
            guard let index = lexicon.word(key.span) else { return nil }
            return lexicon.wordEntries[index].hasValence ? index : nil
        }
        let n = word.count
        if elongated, let index = collapsedIndex(word, &key) { return index }
        guard n >= 4 else { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n > count + 2 else { return false }
            return suffix.withUTF8Buffer { s in
                for k in 0..<count where word[n - count + k] != s[k] { return false }
                return true
            }
        }
        func endsWithBytes(_ suffix: [UInt8]) -> Bool {
            let count = suffix.count
            guard n > count + 2 else { return false }
            for k in 0..<count where word[n - count + k] != suffix[k] { return false }
            return true
        }
        if lexicon.language == .fr {
            if ends("s") || ends("x"), let entry = tryKey(dropping: 1) { return entry }
            if ends("ment"), let entry = tryKey(dropping: 4) { return entry }
            if ends("ement"), let entry = tryKey(dropping: 5) { return entry }
            return nil
        }
        let y: UInt8 = 0x79
        let e: UInt8 = 0x65
        if ends("ies"), let entry = tryKey(dropping: 3, adding: y) { return entry }
        if ends("s") && !ends("ss"), let entry = tryKey(dropping: 1) { return entry }
        if ends("es"), let entry = tryKey(dropping: 2) { return entry }
        if ends("ily"), let entry = tryKey(dropping: 3, adding: y) { return entry }
        if ends("ly"), let entry = tryKey(dropping: 2) { return entry }
        for suffix in words.verbSuffixes.keys where endsWithBytes(suffix) {
            let length = suffix.count
            if let entry = tryKey(dropping: length) ?? tryKey(dropping: length, adding: e) { return entry }
            if n - length >= 3, word[n - length - 1] == word[n - length - 2], let entry = tryKey(dropping: length + 1) {
                return entry
            }
        }
        if ends("ier"), let entry = tryKey(dropping: 3, adding: y) { return entry }
        if ends("iest"), let entry = tryKey(dropping: 4, adding: y) { return entry }
        return nil
    }

    /// Calls `body` with every key the suffix rules of `stemmedIndex` bring back to a valence entry,
    /// and that entry's number. Candidates are made from each valence word by the inverse of each
    /// rule (`happy` → `happies`, `happily`, `happier`…; `déçu` → `déçus`…), then `stemmedIndex`
    /// itself gives the answer, so rule order and every guard stay exactly those of the rule of
    /// record. Candidates are built in one reusable buffer (this runs at every start).
    func forEachStemmedForm(_ body: (BufferView<UInt8>, Int) -> Void) {
        let french = lexicon.language == .fr
        let verbal = french ? [] : words.verbSuffixes.keys
        let plainSuffixes = french ? ["s", "x", "ment", "ement"] : ["s", "es", "ly"]
        let plain: [[UInt8]] = plainSuffixes.map { Array($0.utf8) } + verbal
        let fromY: [[UInt8]] = ["ies", "ily", "ier", "iest"].map { Array($0.utf8) }
        var candidate: [UInt8] = []
        var key: [UInt8] = []
        func consider(_ stem: ArraySlice<UInt8>, _ middle: UInt8?, _ suffix: [UInt8]) {
            candidate.removeAll(keepingCapacity: true)
            candidate.append(contentsOf: stem)
            if let middle { candidate.append(middle) }
            candidate.append(contentsOf: suffix)
            BufferView.borrowing(candidate) { form in
                if let target = stemmedIndex(form, elongated: false, &key) { body(form, target) }
            }
        }
        for number in 0..<lexicon.words.count where lexicon.wordEntries[number].hasValence {
            let stem = lexicon.words.keyBytes(at: number)
            for suffix in plain { consider(stem[...], nil, suffix) }
            guard !french, let last = stem.last else { continue }
            for suffix in verbal {
                consider(stem[...], last, suffix)  // doubled consonant: `sadder`
                if last == 0x65 { consider(stem.dropLast(), nil, suffix) }  // silent e: `loved`
            }
            if last == 0x79 {  // y → i: `happier`, `happily`, `worries`
                for suffix in fromY { consider(stem.dropLast(), nil, suffix) }
            }
        }
    }
}
