import Lexicons
import TextProcessing
import VerbatimModel

/// The scoring algorithm over one tokenised text: items (words and matched expressions), clauses,
/// rules, aggregation. Pure: everything it needs is in its arguments.
///
/// A class (immutable) so that choosing the engine for a text copies one reference, not the
/// lexicon's dozen buffers with a retain and a release each.
final class SentimentEngine: Sendable {
    let lexicon: SentimentLexicon
    /// True for the French lexicon (which side of `WordIndex` records to read).
    let isFrench: Bool
    /// The lexicon's entries, held here so the hot loop reads them without cross-module calls.
    let wordEntries: [LexiconEntry]
    let phraseEntries: [LexiconEntry]
    /// The lexicon's multiword expressions by combined token hash.
    let phraseIndex: PhraseIndex

    init(lexicon: SentimentLexicon) {
        self.lexicon = lexicon
        isFrench = lexicon.language == .fr
        wordEntries = lexicon.wordEntries
        phraseEntries = lexicon.phraseEntries
        phraseIndex = PhraseIndex(lexicon)
    }
    /// Words after a negator that turn "never … so" into emphasis (`jamais aussi déçu`,
    /// `never been so happy`): VADER's "never so/this" exception, with the French equivalents.
    static let neverSoKeys: [[UInt8]] = ["aussi", "autant", "si", "so", "this", "that"].map { Array($0.utf8) }
    /// Auxiliaries allowed between "never" and "so" (`jamais été aussi`, `never been so`).
    static let beenKeys: [[UInt8]] = ["ete", "been", "felt", "ete"].map { Array($0.utf8) }
    /// Coordinators that carry a negation over to the next word (`none of them are engaging or
    /// exciting`, `ni bon ni …`): negative-polarity scope continues through `or`/`ou` (Quirk et al.,
    /// *A Comprehensive Grammar of the English Language*, 10.60 on negation scope).
    static let scopeExtenderKeys: [[UInt8]] = ["or", "nor", "ou", "ni"].map { Array($0.utf8) }
    /// English verb and comparative endings tried by the stemmer.
    static let englishSuffixes: [(StaticString, Int)] = [("ed", 2), ("ing", 3), ("er", 2), ("est", 3)]
    /// Opinion and expectation verbs that raise negation into their complement ("neg-raising",
    /// Horn, *A Natural History of Negation*, 1989, ch. 5): `I don't think it's bad` means
    /// `I think it isn't bad`, `je ne pense pas que ce soit mauvais` likewise, so the negation
    /// reaches the end of the clause instead of the usual three words.
    static let negRaisingKeys: [[UInt8]] = [
        "think", "believe", "expect", "suppose", "imagine", "reckon", "guess", "pense", "crois", "pensais",
        "croyais", "imagine", "imaginais", "suppose", "trouve", "semble",
    ].map { Array($0.utf8) }
    /// Words that name rating units after a number (`5 stars`, `une étoile`).
    static let starKeys: [[UInt8]] = ["star", "stars", "etoile", "etoiles"].map { Array($0.utf8) }
    /// Spelled-out numbers 0–5 before a star unit, English then French.
    static let numberWords: [([UInt8], Double)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("un", 1), ("une", 1),
        ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ].map { (Array($0.0.utf8), $0.1) }
    /// Words before a number that make `3/10` a date, not a rating (`le 3/10`, `since 9/10`).
    static let dateLeadKeys: [[UInt8]] = [
        "le", "du", "au", "depuis", "since", "on", "from", "until", "till", "before", "after", "avant", "apres",
    ].map { Array($0.utf8) }
    /// Negators that take the "never so" reading.
    static let neverKeys: [[UInt8]] = ["jamais", "never"].map { Array($0.utf8) }

    // MARK: Items

    /// Fills `items` from the tokens, matching multiword expressions longest first; returns their
    /// number. `facts` are the tokens' key hashes and `WordIndex` record numbers (`WordIndex.resolve`),
    /// `records` that index's records.
    ///
    /// Each item is decided into a small draft (`ScoringScratch.ItemDraft`, a local the compiler
    /// keeps in registers), then written in place field by field, its lexicon entry copied straight
    /// from the lexicon. Building a whole item on the stack and appending it read back bytes just
    /// written in other widths (a stalled store-to-load forward), once the costliest line here.
    ///
    /// `items` has room for one per token; every field of each item is written.
    func buildItems(
        _ toks: BufferView<RawToken>, keys: BufferView<UInt8>,
        facts: MutableBufferView<ScoringScratch.TokenFacts>, records: BufferView<WordIndex.Record>,
        items: MutableBufferView<ScoringScratch.Item>, key: inout [UInt8]
    ) -> Int {
        // The entry tables as views, borrowed once per text (an array subscript checks its
        // bounds at every item).
        BufferView.borrowing(wordEntries) { words in
            BufferView.borrowing(phraseEntries) { phrases in
                buildItems(toks, keys: keys, facts: facts, records: records, words: words, phrases: phrases, items: items, key: &key)
            }
        }
    }

    private func buildItems(
        _ toks: BufferView<RawToken>, keys: BufferView<UInt8>,
        facts: MutableBufferView<ScoringScratch.TokenFacts>, records: BufferView<WordIndex.Record>,
        words: BufferView<LexiconEntry>, phrases: BufferView<LexiconEntry>,
        items: MutableBufferView<ScoringScratch.Item>, key: inout [UInt8]
    ) -> Int {
        let count = toks.count
        let french = isFrench
        let blank = LexiconEntry()
        var k = 0
        var i = 0
        while i < count {
            // The item's first token, read once for the draft and for the fields written below.
            let first = i
            let token = toks[first]
            var draft = ScoringScratch.ItemDraft(end: token.end)
            i &+= draftItem(at: i, token, toks, keys, BufferView(facts), records, french: french, &draft, &key)
            items[k].start = token.start
            items[k].end = draft.end
            items[k].kind = token.kind
            items[k].flags = token.flags
            items[k].known = draft.known
            items[k].notes = draft.notes
            items[k].token = Int32(truncatingIfNeeded: first)
            items[k].boost = 0
            items[k].contribution = 0
            items[k].clause = 0
            if token.kind == .punctuation {
                items[k].punctuation = keys[Int(token.keyStart)]
                items[k].run = UInt8(min(token.keyLength, 255))
            } else {
                items[k].punctuation = 0
                items[k].run = 0
            }
            switch draft.source {
            case .none: items[k].entry = blank
            case .word: items[k].entry = words[Int(draft.index)]
            case .phrase: items[k].entry = phrases[Int(draft.index)]
            case .rating:
                items[k].entry = blank
                items[k].entry.valence = draft.valence
                items[k].entry.hasValence = true
            }
            k += 1
        }
        return k
    }

    /// Decides the item starting at token `i` into `draft`; returns the number of tokens it covers.
    @inline(__always)
    private func draftItem(
        at i: Int, _ token: RawToken, _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>,
        _ facts: BufferView<ScoringScratch.TokenFacts>,
        _ records: BufferView<WordIndex.Record>, french: Bool, _ draft: inout ScoringScratch.ItemDraft, _ key: inout [UInt8]
    ) -> Int {
        if token.kind == .punctuation { return 1 }
        if Self.mayStartRating(toks, keys, at: i), let (valence, length) = Self.rating(toks, keys, at: i) {
            draft.source = .rating
            draft.valence = Float(valence)
            draft.known = true
            draft.notes.insert(.rating)
            draft.end = toks[i + length - 1].end
            return length
        }
        var consumed = 1
        let record = Int(facts[i].record)
        let word = record >= 0 ? Int(records[record].word(french: french)) : -1
        if word >= 0 {
            let longestPhrase = records[record].longestPhrase(french: french)
            if longestPhrase >= 2 {
                // Grow the candidate a token at a time while some expression continues it; the
                // last full expression seen is the longest one.
                let longest = min(Int(longestPhrase), toks.count - i)
                var hash = facts[i].hash
                var length = 2
                while length <= longest {
                    let last = i + length - 1
                    if toks[last].kind == .punctuation { break }
                    // After the first word a number matches the expressions' placeholder `0`.
                    hash = KeyHash.combine(hash, toks[last].kind == .number ? PhraseIndex.numberHash : facts[last].hash)
                    let phrase = phraseIndex.find(hash: hash, toks, keys, from: i, length: length)
                    if phrase < 0 { break }
                    let phraseEntry = phraseIndex.records[phrase].entry
                    if phraseEntry >= 0 {
                        draft.source = .phrase
                        draft.index = phraseEntry
                        draft.known = true
                        draft.end = toks[last].end
                        consumed = length
                    }
                    length += 1
                }
                if draft.known { draft.notes.insert(.phrase) }
            }
            if consumed == 1 && records[record].meaningful(french: french) {
                draft.source = .word
                draft.index = Int32(word)
                draft.known = true
            }
        }
        if !draft.known && token.kind == .word {
            var stem = -1
            if token.flags.contains(.elongated) {
                let wordKey = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
                stem = collapsedIndex(wordKey, &key) ?? -1
            }
            if stem < 0 && record >= 0 { stem = Int(records[record].stem(french: french)) }
            if stem >= 0 {
                draft.source = .word
                draft.index = Int32(stem)
                draft.known = true
                draft.notes.insert(.stemmed)
            }
        }
        return consumed
    }

    /// The first test of `rating`, inlined in the item loop (the call itself cost more than the
    /// test, for every token): the next token is `/`, `sur` or a star word (`star`, `étoile`), all
    /// recognisable by their first two bytes (`su`, `st`, `et`).
    @inline(__always) static func mayStartRating(
        _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>, at i: Int
    ) -> Bool {
        guard i + 1 < toks.count else { return false }
        let next = toks[i + 1]
        guard next.keyEnd > next.keyStart else { return false }
        let lead = keys[Int(next.keyStart)]
        if next.kind == .punctuation { return lead == 0x2F }
        guard next.kind == .word, next.keyLength >= 3 else { return false }
        let second = keys[Int(next.keyStart) + 1]
        return (lead == 0x73 && (second == 0x75 || second == 0x74)) || (lead == 0x65 && second == 0x74)
    }

    /// An explicit rating starting at token `i`: `9/10`, `4,5/5`, `4 sur 5`, `2 stars`, `une étoile`.
    /// Returns its valence (`SentimentRules.rating…`) and its length in tokens.
    static func rating(
        _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>, at i: Int
    ) -> (Double, Int)? {
        let token = toks[i]
        guard token.kind == .number || token.kind == .word, i + 1 < toks.count else { return nil }
        // Cheap gate first (this runs for every token): the next token must be `/`, `sur` or a
        // star word, all recognisable by their first byte.
        let next = toks[i + 1]
        guard next.keyLength > 0 else { return nil }
        let lead = keys[Int(next.keyStart)]
        let isSlash = next.kind == .punctuation && next.keyLength == 1 && lead == 0x2F
        guard isSlash || (next.kind == .word && (lead == 0x73 || lead == 0x65)) else { return nil }  // s, e
        if token.kind == .word && isSlash { return nil }
        func key(_ t: Int) -> BufferView<UInt8> {
            keys.extracting(Int(toks[t].keyStart)..<Int(toks[t].keyEnd))
        }
        let isStar = !isSlash && starKeys.contains(where: { same($0, key(i + 1)) })
        let isSur = !isSlash && !isStar && token.kind == .number && key(i + 1).elementsEqual("sur".utf8)
        guard isSlash || isStar || isSur else { return nil }
        func valence(_ value: Double, of scale: Double) -> Double? {
            guard value >= 0, value <= scale else { return nil }
            let v = (value / scale - SentimentRules.ratingMidpoint) * SentimentRules.ratingSlope
            return max(-SentimentRules.ratingCap, min(SentimentRules.ratingCap, v))
        }
        let value: Double
        if token.kind == .number {
            guard let parsed = number(key(i)) else { return nil }
            value = parsed
        } else {
            guard let word = numberWords.first(where: { same($0.0, key(i)) }) else { return nil }
            value = word.1
        }
        // "N stars" / "N étoiles": a five-star scale.
        if isStar { return valence(value, of: 5).map { ($0, 2) } }
        // "N/M", "N sur M": only digits, only the usual scales.
        guard token.kind == .number, i + 2 < toks.count, toks[i + 2].kind == .number else { return nil }
        guard let scale = number(key(i + 2)), SentimentRules.ratingScales.contains(scale) else {
            return nil
        }
        // Dates: `3/10/2025`, `le 3/10`.
        if isSlash, i + 3 < toks.count, toks[i + 3].kind == .punctuation, keys[Int(toks[i + 3].keyStart)] == 0x2F {
            return nil
        }
        if i > 0, toks[i - 1].kind == .word, dateLeadKeys.contains(where: { same($0, key(i - 1)) }) { return nil }
        return valence(value, of: scale).map { ($0, 3) }
    }

    /// True when the literal `word` equals `key`: lengths first, then bytes (the generic
    /// `elementsEqual` over an array slice showed up in profiles of this hot path).
    @inline(__always) static func same(_ word: [UInt8], _ key: BufferView<UInt8>) -> Bool {
        guard word.count == key.count else { return false }
        return BufferView.borrowing(word) { w in
            for k in 0..<w.count where w[k] != key[k] { return false }
            return true
        }
    }

    /// The value of a number key (`9`, `4.5`, `4,5`), `nil` when it is not a plain decimal.
    static func number(_ key: BufferView<UInt8>) -> Double? {
        guard !key.isEmpty, key.count <= 6 else { return nil }
        var whole = 0.0
        var fraction = 0.0
        var divisor = 0.0
        for byte in key {
            if byte >= 0x30 && byte <= 0x39 {
                if divisor == 0 {
                    whole = whole * 10 + Double(byte - 0x30)
                } else {
                    divisor *= 10
                    fraction += Double(byte - 0x30) / divisor
                }
            } else if (byte == 0x2E || byte == 0x2C) && divisor == 0 {
                divisor = 1
            } else {
                return nil
            }
        }
        return whole + fraction
    }

    /// The valence entry of an elongated word with its letter runs collapsed (`nuul` → `nul`), the
    /// first rule of `stemmedIndex` (the only one that depends on more than the key, so the only
    /// one applied at scoring time rather than resolved in `WordIndex`).
    private func collapsedIndex(_ word: BufferView<UInt8>, _ key: inout [UInt8]) -> Int? {
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
        for (suffix, length) in Self.englishSuffixes where ends(suffix) {
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
        let plainSuffixes = french ? ["s", "x", "ment", "ement"] : ["s", "es", "ly", "ed", "ing", "er", "est"]
        let plain: [[UInt8]] = plainSuffixes.map { Array($0.utf8) }
        let verbal: [[UInt8]] = Self.englishSuffixes.map { suffix in suffix.0.withUTF8Buffer { Array($0) } }
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

    // MARK: Clauses

    @inline(__always) static func isSentenceEnd(_ p: UInt8) -> Bool { p == 0x2E || p == 0x21 || p == 0x3F }
    @inline(__always) static func isClauseEnd(_ p: UInt8) -> Bool {
        isSentenceEnd(p) || p == 0x2C || p == 0x3B || p == 0x3A || p == 0x28 || p == 0x29
    }

    /// Splits items into clauses at punctuation, line breaks and contrast connectives.
    ///
    /// `clauses` has room for one clause per item; returns the number written.
    func buildClauses(
        _ items: MutableBufferView<ScoringScratch.Item>, _ clauses: MutableBufferView<ScoringScratch.Clause>
    ) -> Int {
        var first = 0
        var sentence = 0
        var count = 0
        func close(_ end: Int) {
            guard end > first else { return }
            for k in first..<end { items[k].clause = Int32(count) }
            clauses[count] = ScoringScratch.Clause(
                first: first, end: end, sentence: sentence, raw: 0, weight: 1, start: items[first].start,
                stop: items[end - 1].end)
            count += 1
            first = end
        }
        for k in items.indices {
            let item = items[k]
            if item.kind == .punctuation {
                if Self.isClauseEnd(item.punctuation) {
                    close(k + 1)
                    if Self.isSentenceEnd(item.punctuation) { sentence += 1 }
                }
                continue
            }
            if item.flags.contains(.afterNewline) && k > first {
                close(k)
                sentence += 1
            }
            if item.entry.contrast != .none && k > first { close(k) }
        }
        close(items.count)
        return count
    }

    // MARK: Rules

    /// A text's tokens and key arena, read-only, for the rules.
    struct TextView {
        let toks: BufferView<RawToken>
        let keys: BufferView<UInt8>
    }

    /// Scores every clause: valence with boosts, negation, excess, modality; then weights.
    ///
    /// The rules read and write items through `GrowBuffer` views: on the arrays every write checked
    /// uniqueness, and every helper taking the array retained and released it.
    func scoreClauses(
        _ items: MutableBufferView<ScoringScratch.Item>,
        _ clauses: MutableBufferView<ScoringScratch.Clause>, toks: BufferView<RawToken>,
        keys: BufferView<UInt8>, textIsAllCaps: Bool
    ) {
        let tokens = TextView(toks: toks, keys: keys)
        for c in clauses.indices {
            let clause = clauses[c]
            // The sentence's final punctuation decides question and exclamation for all its clauses.
            var question = false
            var exclamations = 0
            var lastOfSentence = c
            while lastOfSentence + 1 < clauses.count && clauses[lastOfSentence + 1].sentence == clause.sentence {
                lastOfSentence += 1
            }
            let tail = clauses[lastOfSentence]
            for k in stride(from: tail.end - 1, through: tail.first, by: -1) where items[k].kind == .punctuation {
                let p = items[k].punctuation
                if p == 0x3F { question = true }
                if p == 0x21 { exclamations += Int(items[k].run) }
                if !(p == 0x3F || p == 0x21) { break }
            }
            if lastOfSentence != c { exclamations = 0 }
            var raw = scoreItems(
                items, from: clause.first, to: clause.end, question: question, textIsAllCaps: textIsAllCaps,
                tokens: tokens)
            if raw != 0 && exclamations > 0 {
                raw += Double(raw > 0 ? 1 : -1) * Double(SentimentRules.exclamationBoost)
                    * Double(min(exclamations, SentimentRules.maxExclamations))
            }
            clauses[c].raw = raw
        }
        // Opening and closing sentences of longer texts.
        if let last = clauses.last?.sentence, last + 1 >= SentimentRules.edgeSentenceMinimum {
            for c in clauses.indices where clauses[c].sentence == 0 || clauses[c].sentence == last {
                clauses[c].weight *= SentimentRules.edgeSentenceWeight
            }
        }
        // Contrast weights.
        for c in clauses.indices {
            let contrast = items[clauses[c].first].entry.contrast
            guard contrast != .none else { continue }
            let sentence = clauses[c].sentence
            if contrast == .but {
                // The contrast opens its sentence when no earlier clause of it has a word (a clause
                // can be a lone closing parenthesis after `...)`).
                var opensSentence = true
                var earlier = c - 1
                while earlier >= 0 && clauses[earlier].sentence == sentence {
                    if (clauses[earlier].first..<clauses[earlier].end).contains(where: { items[$0].kind != .punctuation }) {
                        opensSentence = false
                        break
                    }
                    earlier -= 1
                }
                for d in 0..<c where clauses[d].sentence == sentence || (opensSentence && clauses[d].sentence == sentence - 1) {
                    clauses[d].weight *= SentimentRules.beforeContrastWeight
                }
                var d = c
                while d < clauses.count && clauses[d].sentence == sentence {
                    clauses[d].weight *= SentimentRules.afterContrastWeight
                    d += 1
                }
            } else {
                clauses[c].weight *= SentimentRules.beforeContrastWeight
                if c + 1 < clauses.count && clauses[c + 1].sentence == sentence {
                    clauses[c + 1].weight *= SentimentRules.afterContrastWeight
                }
            }
        }
    }

    /// Next word item after `k` before `end`.
    @inline(__always) private func nextWord(
        _ items: MutableBufferView<ScoringScratch.Item>, after k: Int, before end: Int
    ) -> Int? {
        let j = k + 1
        return j < end && items[j].kind != .punctuation ? j : nil
    }

    private func keyIsNeverSo(_ item: ScoringScratch.Item, tokens: TextView) -> Bool {
        itemKey(item, tokens: tokens, isIn: Self.neverSoKeys)
    }

    private func isNever(_ item: ScoringScratch.Item, tokens: TextView) -> Bool {
        itemKey(item, tokens: tokens, isIn: Self.neverKeys)
    }

    /// True when the single-token item's key is one of `list` (rare path: only after negators).
    private func itemKey(_ item: ScoringScratch.Item, tokens: TextView, isIn list: [[UInt8]]) -> Bool {
        guard !item.notes.contains(.phrase), Int(item.token) < tokens.toks.count else { return false }
        let token = tokens.toks[Int(item.token)]
        let key = tokens.keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
        return list.contains { Self.same($0, key) }
    }

    /// True when the full negator at `k` negates an opinion verb right next to it: the verb after
    /// it (`don't think`, `not expect`) or, closing `ne … pas`, the verb before it (`ne pense pas`).
    private func raisesNegation(
        _ items: MutableBufferView<ScoringScratch.Item>, at k: Int, from first: Int, to end: Int, tokens: TextView
    ) -> Bool {
        if k + 1 < end, items[k + 1].kind == .word, itemKey(items[k + 1], tokens: tokens, isIn: Self.negRaisingKeys) {
            return true
        }
        if k > first, items[k - 1].kind == .word, itemKey(items[k - 1], tokens: tokens, isIn: Self.negRaisingKeys) {
            return true
        }
        return false
    }

    /// The raw sum of items `from..<to` of one clause.
    private func scoreItems(
        _ items: MutableBufferView<ScoringScratch.Item>, from first: Int, to end: Int, question: Bool,
        textIsAllCaps: Bool, tokens: TextView
    ) -> Double {
        var wish = false
        // A conditional marker (`if`, `would`, `pourrait`) governs what follows it in its clause:
        // in "awesome is how I would describe it" the praise before `would` is asserted.
        var conditionalFrom = end
        for k in first..<end {
            switch items[k].entry.modality {
            case .wish: wish = true
            case .conditional: conditionalFrom = min(conditionalFrom, k)
            case .none: break
            }
        }
        var particleOpen = false
        var particleSpanEnd = -1
        var negLeft = 0
        var negPartial = false
        var excessTarget = -1
        var excessBoostTarget = -1
        var neverSoPending = false
        var negRaised = false
        // A full negator with a valence of its own, while its scope is open.
        var scopeValenceItem = -1
        var raw = 0.0
        for k in first..<end {
            if items[k].kind == .punctuation { continue }
            // Most words are in no lexicon: their blank entry has no role, so all they do is
            // count against an open negation scope (or extend it: `or`, `ni`). Everything below
            // would leave them untouched.
            if !items[k].known {
                if negLeft > 0 {
                    if itemKey(items[k], tokens: tokens, isIn: Self.scopeExtenderKeys) { negLeft += 2 }
                    negLeft -= 1
                }
                continue
            }
            let entry = items[k].entry
            if negLeft > 0 && itemKey(items[k], tokens: tokens, isIn: Self.scopeExtenderKeys) { negLeft += 2 }
            defer { if negLeft > 0 && items[k].entry.negator == .none { negLeft -= 1 } }
            var negatedResolution = false
            // Tested before the switch: most known words negate nothing, and one predictable
            // branch is cheaper than the switch's jump table.
            if entry.negator != .none {
                switch entry.negator {
                case .particle:
                    particleOpen = true
                    var j = k + 1
                    var words = 0
                    while j < end && words < SentimentRules.particleWindow && items[j].kind != .punctuation {
                        let n = items[j].entry.negator
                        if n == .restriction {
                            items[j].notes.insert(.restriction)
                            break
                        }
                        if n == .full || n == .afterNe || n == .partial {
                            particleSpanEnd = j
                            break
                        }
                        words += 1
                        j += 1
                    }
                    continue
                case .full, .without, .neither:
                    scopeValenceItem = entry.hasValence ? k : -1
                    negLeft = entry.negator == .full ? SentimentRules.negationWindow : 2
                    negPartial = false
                    negRaised = false
                    if entry.negator == .full && raisesNegation(items, at: k, from: first, to: end, tokens: tokens) {
                        negLeft = end - k
                        negRaised = true
                    }
                    if entry.spokenNegator && !particleOpen && k > first, items[k - 1].kind != .punctuation,
                        items[k - 1].contribution == 0, !items[k - 1].entry.hasValence, items[k - 1].entry.failureValence != 0
                    {
                        // `ça marche pas`, `répond pas`: spoken negation of a function.
                        items[k - 1].contribution = items[k - 1].entry.failureValence * SentimentRules.negativeWeight
                        items[k - 1].notes.formUnion([.failure, .spokenNegation])
                        raw += Double(items[k - 1].contribution)
                    } else if entry.spokenNegator && !particleOpen && k > first, items[k - 1].kind != .punctuation,
                        items[k - 1].contribution != 0, !items[k - 1].notes.contains(.negated)
                    {
                        raw -= Double(items[k - 1].contribution)
                        items[k - 1].contribution *= SentimentRules.negationFactor
                        items[k - 1].notes.formUnion([.negated, .spokenNegation])
                        raw += Double(items[k - 1].contribution)
                    }
                    if isNever(items[k], tokens: tokens) {
                        // "jamais (été) aussi déçu", "never (been) so happy": emphasis, not negation.
                        var j = k + 1
                        if j < end && itemKey(items[j], tokens: tokens, isIn: Self.beenKeys) { j += 1 }
                        if j < end && items[j].kind != .punctuation && keyIsNeverSo(items[j], tokens: tokens) {
                            negLeft = 0
                            neverSoPending = true
                        }
                    }
                    if !entry.hasValence { continue }
                case .afterNe:
                    if particleOpen {
                        negLeft = SentimentRules.negationWindow
                        negPartial = false
                        continue
                    }
                case .restriction:
                    if particleOpen {
                        particleOpen = false
                        particleSpanEnd = -1
                        continue
                    }
                case .resolves:
                    // `fixed my problem`, `a résolu le souci`: the complaint that follows is solved, so
                    // it is negated like after `without`. Negated itself (`didn't fix`, `n'a pas
                    // résolu`), the verb is a failure and the complaint after it stands.
                    if k < particleSpanEnd || (negLeft > 0 && !negPartial) {
                        negatedResolution = true
                        negLeft = 0
                    } else {
                        scopeValenceItem = -1
                        negLeft = SentimentRules.negationWindow
                        negPartial = false
                        negRaised = false
                        if !entry.hasValence { continue }
                    }
                case .partial:
                    scopeValenceItem = -1
                    negLeft = 2
                    negPartial = true
                    if !entry.hasValence { continue }
                case .none:
                    break
                }
            }
            if entry.excess == .excess {
                if let next = nextWord(items, after: k, before: end) {
                    let target = items[next].entry
                    if target.excess == .target || (target.hasValence && target.valence < 0) {
                        excessTarget = next
                    } else if target.hasValence && target.valence > 0 {
                        excessBoostTarget = next
                    }
                }
                if !entry.hasValence { continue }
            }
            var v = entry.hasValence ? entry.valence : 0
            // A word that is both praise and intensifier (`super`, `vraiment`, `hyper`) is only the
            // intensifier right before a word with a valence: `super décevante` is very
            // disappointing, not great and disappointing.
            if v != 0 && entry.boost != 0, let next = nextWord(items, after: k, before: end),
                items[next].entry.hasValence && items[next].entry.valence != 0
            {
                v = 0
                items[k].notes.insert(.asIntensifier)
            }
            if k == excessTarget {
                v = min(v, 0) - SentimentRules.excessPenalty
                items[k].notes.insert(.excess)
            }
            // A negated expected function (`doesn't work`, `ne répond pas`, `no picture`) reports a
            // failure: the implied-opinion reading of product reviews (Liu, *Sentiment Analysis and
            // Opinion Mining*, 2012, §2.4 "explicit and implicit opinions"). A partial negator
            // (`barely works`, `rarely arrives on time`) reports a weaker one. So does a function
            // in a wish or counterfactual (`should have been installed`, `aurait dû être livré`):
            // what should have happened did not. The failure reading replaces a mild valence the
            // word may have (`worked` +0.6).
            var failure = false
            if v >= 0 && entry.failureValence != 0
                && ((entry.negator == .none && (k < particleSpanEnd || negLeft > 0 || wish)) || negatedResolution)
            {
                let partial = negLeft > 0 && k >= particleSpanEnd && negPartial && !negatedResolution
                v = entry.failureValence * (partial ? abs(SentimentRules.partialNegationFactor) : 1)
                failure = true
                items[k].notes.insert(.failure)
            }
            // A negator that carries a valence of its own (`failed to`, `impossible de`) says
            // "this did not happen"; when what did not happen carries sentiment, that negated
            // sentiment is the meaning (`failed to impress`, `impossible de trouver un défaut`),
            // so the negator's own valence steps aside.
            if scopeValenceItem >= 0 && (failure || k < particleSpanEnd || negLeft > 0) && v != 0
                && entry.negator == .none
            {
                raw -= Double(items[scopeValenceItem].contribution)
                items[scopeValenceItem].contribution = 0
                items[scopeValenceItem].notes.insert(.superseded)
                scopeValenceItem = -1
            }
            guard v != 0 else { continue }
            let sign: Float = v > 0 ? 1 : -1
            var boost: Float = 0
            if k == excessBoostTarget {
                boost += SentimentRules.excessAsIntensifier
                items[k].notes.insert(.excess)
            }
            // Intensifiers in the three words before.
            var distance = 0
            var j = k - 1
            while j >= first && distance < SentimentRules.boostDecayReach {
                let before = items[j]
                if before.kind == .punctuation { break }
                if before.entry.boost != 0 && before.entry.excess != .excess && before.entry.negator == .none {
                    boost += before.entry.boost * SentimentRules.boostDecay(at: distance)
                }
                distance += 1
                j -= 1
            }
            if neverSoPending {
                boost += SentimentRules.elongationBoost
                items[k].notes.insert(.neverSo)
                neverSoPending = false
            }
            if items[k].flags.contains(.allCaps) && !textIsAllCaps {
                boost += SentimentRules.capsBoost
                items[k].notes.insert(.caps)
            }
            if items[k].flags.contains(.elongated) {
                boost += SentimentRules.elongationBoost
                items[k].notes.insert(.elongated)
            }
            if boost != 0 { items[k].notes.insert(.boosted) }
            items[k].boost = boost
            v = sign * max(abs(v) + boost, 0.1)
            // The failure valence already is the negated reading; a negator's own valence is not
            // negated by itself.
            if items[k].kind != .emoji && !items[k].notes.contains(.rating) && !failure && entry.negator == .none {
                if k < particleSpanEnd {
                    v *= SentimentRules.negationFactor
                    items[k].notes.insert(.negated)
                } else if negLeft > 0 {
                    v *= negPartial ? SentimentRules.partialNegationFactor : SentimentRules.negationFactor
                    items[k].notes.insert(negPartial ? .partiallyNegated : .negated)
                    if negRaised && !negPartial { items[k].notes.insert(.raisedNegation) }
                }
            }
            if wish && v > 0 {
                v *= SentimentRules.wishFactor
                items[k].notes.insert(.wish)
            } else if k > conditionalFrom {
                v *= v > 0 ? SentimentRules.conditionalFactor : SentimentRules.irrealisNegativeFactor
                items[k].notes.insert(.conditional)
            }
            if question {
                v *= v > 0 ? SentimentRules.questionFactor : SentimentRules.irrealisNegativeFactor
                items[k].notes.insert(.question)
            }
            if v < 0 { v *= SentimentRules.negativeWeight }
            items[k].contribution = v
            raw += Double(v)
        }
        return raw
    }

    // MARK: Aggregation

    /// Verbatim score and label from the clauses.
    static func aggregate(_ clauses: MutableBufferView<ScoringScratch.Clause>) -> (Double, SentimentLabel) {
        var total = 0.0
        var voiced = 0
        var positive = 0.0
        var negative = 0.0
        for clause in clauses where clause.raw != 0 {
            let weighted = clause.raw * clause.weight
            total += weighted
            voiced += 1
            if weighted > 0 { positive += weighted } else { negative -= weighted }
        }
        guard voiced > 0 else { return (0, .neutral) }
        // Dividing by √(clauses with sentiment) keeps a long e-mail from saturating at ±1 while
        // still letting agreement across clauses strengthen the score.
        let damped = total / Double(voiced).squareRoot()
        let score = damped / (damped * damped + SentimentRules.normalisationAlpha).squareRoot()
        // Balance is judged on unweighted strength: the negativity weight corrects lexicon bias in
        // the score, it does not make a complaint outweigh an equally strong compliment.
        let negativeStrength = negative
        if positive >= SentimentRules.mixedMinimumMass && negativeStrength >= SentimentRules.mixedMinimumMass
            && min(positive, negativeStrength) >= SentimentRules.mixedBalance * max(positive, negativeStrength)
        {
            return (score, .mixed)
        }
        if score >= SentimentRules.neutralBand { return (score, .positive) }
        if score <= -SentimentRules.neutralBand { return (score, .negative) }
        return (score, .neutral)
    }

    /// Normalised clause score.
    static func normalise(_ raw: Double) -> Double { raw / (raw * raw + SentimentRules.normalisationAlpha).squareRoot() }
}
