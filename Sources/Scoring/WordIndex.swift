import Lexicons
import TextProcessing
import VerbatimModel

/// Everything the scorer needs to know about one token key, in both languages, behind one hash
/// probe: its entry in the French and English word lexicons, the valence entry light stemming
/// brings it back to (resolved when the lexicons load, so an unknown word costs one failed probe
/// instead of up to ten), its language-identification evidence and whether it is a function word
/// of another language (`common/foreign.tsv`, for `ForeignLanguageDetector`).
///
/// Built once per `SentimentScorer`; read-only afterwards.
struct WordIndex: Sendable {
    /// What one key is, per language; -1 means "not there".
    ///
    /// 32 bytes instead of 56: the table of both lexicons takes 1.4 MB instead of 2.5 MB, and a
    /// look-up touches fewer cache lines. The language evidence lives in `frenchEvidence` and
    /// `englishEvidence`, indexed by record number, because evidence keys are inserted first.
    struct Record: Sendable {
        /// Its first eight bytes (zero-padded, little-endian): most keys are compared with this
        /// alone, without reading `arena`.
        var prefix: UInt64 = 0
        /// The key's bytes in `arena`.
        var keyStart: Int32
        /// Entry number in `SentimentLexicon.words` of each language.
        var frenchWord: Int32 = -1
        var englishWord: Int32 = -1
        /// Entry number the suffix rules of `SentimentEngine.stemmedIndex` give the key (not the
        /// elongation rule, which depends on the token, not only on its key).
        var frenchStem: Int32 = -1
        var englishStem: Int32 = -1
        var keyLength: UInt16
        /// Per language, that entry's `longestPhrase` (low seven bits) and `isMeaningful` (high
        /// bit), the two facts item building tests for every word (reading them here spares a
        /// dependent load of the whole entry).
        var frenchFacts: UInt8 = 0
        var englishFacts: UInt8 = 0

        init(keyStart: Int32, keyLength: UInt16, prefix: UInt64) {
            self.keyStart = keyStart
            self.keyLength = keyLength
            self.prefix = prefix
        }

        /// `longestPhrase` and `isMeaningful` packed into one byte.
        static func facts(longestPhrase: UInt8, meaningful: Bool) -> UInt8 {
            min(longestPhrase, 0x7F) | (meaningful ? 0x80 : 0)
        }

        /// Entry number in the words of `language`'s lexicon.
        @inline(__always) func word(french: Bool) -> Int32 { french ? frenchWord : englishWord }
        /// `longestPhrase` of the entry in `language`'s lexicon.
        @inline(__always) func longestPhrase(french: Bool) -> UInt8 { (french ? frenchFacts : englishFacts) & 0x7F }
        /// `isMeaningful` of the entry in `language`'s lexicon.
        @inline(__always) func meaningful(french: Bool) -> Bool { (french ? frenchFacts : englishFacts) & 0x80 != 0 }
        /// Stemmed entry number in the words of `language`'s lexicon.
        @inline(__always) func stem(french: Bool) -> Int32 { french ? frenchStem : englishStem }
    }

    private var slots = HashSlots(capacity: 16_384)
    private(set) var records: [Record] = []
    private var arena: [UInt8] = []
    /// Language-identification weights of records `0..<frenchEvidence.count` (the keys
    /// `LanguageIdentifier` lists, inserted first).
    private var frenchEvidence: [Double] = []
    private var englishEvidence: [Double] = []
    /// The `ForeignLanguageDetector` lane of records `0..<frenchEvidence.count`: a language of
    /// `foreignLanguages`, `nativeLane` for a French or English function word, `noLane` otherwise.
    /// Foreign and native keys are inserted right after the evidence keys (with no evidence
    /// weight), so that the one bounds test of the evidence covers them.
    private var foreignLanes: [UInt8] = []
    /// ISO 639-1 codes of the other languages, in first-seen order of their sorted words.
    private(set) var foreignLanguages: [String] = []
    /// The `ImplicitKinds` bits of every record (0 for most), read by the implicit-complaint rules
    /// through the record each token already probed.
    private(set) var implicitKinds: [UInt64] = []

    /// The index of the two lexicons, their stemmed forms, the identifier's evidence and the
    /// function words of other languages (`foreign`: word → ISO code) with the French and English
    /// ones (`native`); foreign detection is off when `foreign` is empty.
    init(
        french: SentimentEngine, english: SentimentEngine, identifier: LanguageIdentifier,
        foreign: [String: String] = [:], native: [String] = []
    ) {
        // Evidence keys first, so that their records are `0..<frenchEvidence.count`.
        for term in identifier.evidence {
            guard let record = insert(term.key) else { continue }
            if record == frenchEvidence.count {
                frenchEvidence.append(term.french)
                englishEvidence.append(term.english)
            } else {
                frenchEvidence[record] = term.french
                englishEvidence[record] = term.english
            }
        }
        foreignLanes = Array(repeating: ForeignLanguageDetector.noLane, count: frenchEvidence.count)
        if !foreign.isEmpty { indexForeignWords(foreign, native: native) }
        for (engine, isFrench) in [(french, true), (english, false)] {
            let words = engine.lexicon.words
            for number in 0..<words.count {
                guard let record = insert(words.keyBytes(at: number)) else { continue }
                let entry = engine.lexicon.wordEntries[number]
                let facts = Record.facts(longestPhrase: entry.longestPhrase, meaningful: entry.isMeaningful)
                if isFrench {
                    records[record].frenchWord = Int32(number)
                    records[record].frenchFacts = facts
                } else {
                    records[record].englishWord = Int32(number)
                    records[record].englishFacts = facts
                }
            }
            engine.forEachStemmedForm { form, target in
                guard let record = insert(form) else { return }
                if isFrench {
                    records[record].frenchStem = Int32(target)
                } else {
                    records[record].englishStem = Int32(target)
                }
            }
        }
        indexImplicitKinds(french.words.implicitKinds)
    }

    /// Adds the implicit-complaint words (`ImplicitKinds.file`) and their bits. A key new to the
    /// index gets a record with no entry, stem or evidence: items read it as before.
    private mutating func indexImplicitKinds(_ rows: [(key: [UInt8], kinds: ImplicitKinds)]) {
        var bits: [Int: UInt64] = [:]
        for row in rows {
            guard let record = insert(row.key) else { continue }
            bits[record, default: 0] |= row.kinds.rawValue
        }
        implicitKinds = Array(repeating: 0, count: records.count)
        for (record, value) in bits { implicitKinds[record] = value }
    }

    /// Marks the `native` keys, then the `foreign` ones not already marked, as the detector's table
    /// did (sorted, so that a word listed on both sides counts as native and the languages keep
    /// their order); keys are folded with `TextFolding.fold`.
    private mutating func indexForeignWords(_ foreign: [String: String], native: [String]) {
        for word in native {
            guard let record = insertEvidenceKey(TextFolding.fold(word)) else { continue }
            foreignLanes[record] = ForeignLanguageDetector.nativeLane
        }
        for (word, code) in foreign.sorted(by: { $0.key < $1.key }) {
            let language: Int
            if let known = foreignLanguages.firstIndex(of: code) {
                language = known
            } else {
                foreignLanguages.append(code)
                language = foreignLanguages.count - 1
            }
            guard let record = insertEvidenceKey(TextFolding.fold(word)),
                foreignLanes[record] == ForeignLanguageDetector.noLane,
                language < ForeignLanguageDetector.countedLanguages
            else { continue }
            foreignLanes[record] = UInt8(language)
        }
    }

    /// The record of `word`, added when new with no evidence weight and no lane (the evidence
    /// tables cover every record while foreign words are indexed).
    private mutating func insertEvidenceKey(_ word: String) -> Int? {
        guard let record = insert(Array(word.utf8)) else { return nil }
        if record == frenchEvidence.count {
            frenchEvidence.append(0)
            englishEvidence.append(0)
            foreignLanes.append(ForeignLanguageDetector.noLane)
        }
        return record
    }

    /// The record of `key`, added when new; `nil` for a key too long to be a token of a text
    /// the index can hold (over 65,535 bytes).
    private mutating func insert(_ key: [UInt8]) -> Int? {
        BufferView.borrowing(key) { insert($0) }
    }

    /// The record of the bytes `key`, added when new (`nil` as above).
    private mutating func insert(_ key: BufferView<UInt8>) -> Int? {
        guard key.count <= Int(UInt16.max) else { return nil }
        let hash = KeyHash.of(key)
        let prefix = Self.prefix(of: key)
        let found = find(key, hash: hash, prefix: prefix)
        if found >= 0 { return found }
        records.append(Record(keyStart: Int32(arena.count), keyLength: UInt16(key.count), prefix: prefix))
        arena.append(contentsOf: key)
        slots.add(record: records.count - 1, hash: hash)
        return records.count - 1
    }

    /// The first eight bytes of `key`, zero-padded, little-endian.
    static func prefix(of key: BufferView<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for k in 0..<min(key.count, 8) { word |= UInt64(key[k]) << (8 * UInt64(k)) }
        return word
    }

    /// The same for a key inside `arena` with 8 readable bytes after its start (the token arena
    /// keeps 16 spare bytes): one masked load.
    @inline(__always) static func prefix(_ arena: BufferView<UInt8>, start: Int, count: Int) -> UInt64 {
        guard start + 8 <= arena.count else { return prefix(of: arena.extracting(start..<(start + count))) }
        let word = arena.loadWord(at: start)
        // For 0 to 7 bytes the shift is 8 to 64; `&>>` takes it modulo 64, so 0 bytes (an empty
        // key: the mask would be all ones) is handled by the select.
        let mask = count == 0 ? 0 : ~UInt64(0) &>> (64 &- 8 &* UInt64(truncatingIfNeeded: count))
        return count >= 8 ? word : word & mask
    }

    /// The record number of `key` (whose `KeyHash` is `hash` and first bytes `prefix`), -1 when
    /// unknown.
    @inline(__always)
    func find(_ key: BufferView<UInt8>, hash: UInt32, prefix: UInt64) -> Int {
        find(key, hash: hash, prefix: prefix, home: slots.home(hash))
    }

    /// The same with the key's first slot word already read (`HashSlots.home`).
    @inline(__always)
    func find(_ key: BufferView<UInt8>, hash: UInt32, prefix: UInt64, home: UInt64) -> Int {
        BufferView.borrowing(records) { records in
            BufferView.borrowing(arena) { arena in
                slots.first(hash: hash, home: home) { record in
                    let entry = records[record]
                    guard Int(entry.keyLength) == key.count, entry.prefix == prefix else { return false }
                    guard key.count > 8 else { return true }
                    let start = Int(entry.keyStart)
                    for k in 8..<key.count where arena[start &+ k] != key[k] { return false }
                    return true
                }
            }
        }
    }

    /// Each token's key hash, first slot word and record number (-1 when unknown, and for
    /// punctuation) into `facts`; the language, decided exactly as `LanguageIdentifier.identify`
    /// decides it (same evidence, added in the same order); and the other language the text is
    /// written in, if any, decided by `ForeignLanguageDetector.decide` from the same probes.
    ///
    /// Two loops: the first hashes every key and reads its first slot word, with no branch on a
    /// loaded value, so the hashing of one token and the slot reads (often cache misses) of the
    /// previous ones overlap; the second probes from those words.
    func resolve(
        _ toks: BufferView<RawToken>, keys: BufferView<UInt8>,
        facts: MutableBufferView<ScoringScratch.TokenFacts>, declared: Language
    ) -> (language: Language, foreign: String?) {
        for t in toks.indices {
            let token = toks[t]
            let hash = KeyHash.of(keys, start: Int(token.keyStart), count: token.keyLength)
            facts[t].hash = token.kind == .punctuation ? 0 : hash
            facts[t].home = slots.home(hash)
        }
        var fr = 0.0
        var en = 0.0
        // Function words per `ForeignLanguageDetector` lane, on the stack.
        var lanes = SIMD16<Int32>()
        let evidence = frenchEvidence.count
        // The evidence tables as views, borrowed once per text (an array subscript checks its
        // bounds at every token).
        BufferView.borrowing(frenchEvidence) { frenchEvidence in
            BufferView.borrowing(englishEvidence) { englishEvidence in
                BufferView.borrowing(foreignLanes) { foreignLanes in
                    for t in toks.indices {
                        let token = toks[t]
                        guard token.kind != .punctuation else {
                            facts[t].record = -1
                            continue
                        }
                        let key = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
                        let prefix = Self.prefix(keys, start: Int(token.keyStart), count: key.count)
                        let record = find(key, hash: facts[t].hash, prefix: prefix, home: facts[t].home)
                        facts[t].record = Int32(truncatingIfNeeded: record)
                        guard token.kind == .word else { continue }
                        if token.flags.contains(.hasDiacritic) { fr += LanguageIdentifier.diacriticEvidence }
                        if record >= 0 && record < evidence {
                            // Foreign and native keys carry weight 0: adding it leaves the sums as
                            // the identifier computes them.
                            fr += frenchEvidence[record]
                            en += englishEvidence[record]
                            lanes[Int(foreignLanes[record])] &+= 1
                        }
                    }
                }
            }
        }
        let language = LanguageIdentifier.decide(fr: fr, en: en, declared: declared)
        let foreign = ForeignLanguageDetector.decide(lanes, languages: foreignLanguages.count)
        return (language, foreign.map { foreignLanguages[$0] })
    }
}
