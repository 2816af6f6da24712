import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// The item is a multiword expression of the lexicon.
    public static let phrase = Self(rawValue: 1 << 10)
    /// The item's entry is its stem's (`déçus` → `déçu`, `nuuul` → `nul`).
    public static let stemmed = Self(rawValue: 1 << 11)
}

/// Items: each token, or several matched as one lexicon expression or rating, with its entry.
extension SentimentEngine {
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
        // The entry tables by pointer, borrowed once per text (an array subscript checks its
        // bounds at every item).
        BufferView.borrowing(wordEntries) { entries in
            BufferView.borrowing(phraseEntries) { phrases in
                buildItems(
                    toks, keys: keys, facts: facts, records: records, words: entries, phrases: phrases, items: items,
                    key: &key)
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
        // The rating filter only (plain bits): copying the rating words here retained four arrays per text.
        let gate = self.words.rating.gate
        var k = 0
        var i = 0
        while i < count {
            // The item's first token, read once for the draft and for the fields written below.
            let first = i
            let token = toks[first]
            var draft = ScoringScratch.ItemDraft(end: token.end)
            i &+= draftItem(
                at: i, token, toks, keys, BufferView(facts), records, french: french, gate, &draft, &key)
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
        _ records: BufferView<WordIndex.Record>, french: Bool, _ gate: RatingGate,
        _ draft: inout ScoringScratch.ItemDraft, _ key: inout [UInt8]
    ) -> Int {
        if token.kind == .punctuation { return 1 }
        if Rating.mayStart(toks, keys, at: i, gate: gate),
            let (valence, length) = Rating.valence(toks, keys, at: i, words: self.words.rating)
        {
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
                consumed = draftPhrase(at: i, longest: Int(longestPhrase), toks, keys, facts, &draft)
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

    /// The longest lexicon expression starting at token `i` (whose first word starts expressions of
    /// up to `longestPhrase` tokens) into `draft`; returns its length in tokens, 1 when none.
    @inline(__always)
    private func draftPhrase(
        at i: Int, longest longestPhrase: Int, _ toks: BufferView<RawToken>,
        _ keys: BufferView<UInt8>,
        _ facts: BufferView<ScoringScratch.TokenFacts>, _ draft: inout ScoringScratch.ItemDraft
    ) -> Int {
        var consumed = 1
        // Grow the candidate a token at a time while some expression continues it; the
        // last full expression seen is the longest one.
        let longest = min(longestPhrase, toks.count - i)
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
        return consumed
    }

    /// `explain`'s words for `phrase` and `stemmed`.
    static func explainPhrase(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.phrase) ? "expression" : nil
    }

    static func explainStem(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.stemmed) ? "stem match" : nil
    }
}
