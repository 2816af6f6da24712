import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// An explicit rating (`9/10`, `2 stars`, `4 sur 5`) read as a valence.
    public static let rating = Self(rawValue: 1 << 14)
}

/// Explicit ratings: `9/10`, `4,5/5`, `4 sur 5`, `2 stars`, `une étoile` become one item whose
/// valence is the rating's distance from the midpoint of its scale (`SentimentRules.rating…`).
/// Dates that look like one (`3/10/2025`, `le 3/10`, `since 9/10`) are not.
///
/// Word lists: `ratings.tsv` (kinds `unit`, `out-of`, `date-before`), `number-words.tsv`.
enum Rating {
    static let wordsFile = WordListFile(
        name: "ratings.tsv", columns: ["term", "kind"], kinds: ["unit", "out-of", "date-before"])
    static let numbersFile = WordListFile(name: "number-words.tsv", columns: ["term", "value"])

    /// The rating words of both languages.
    struct Words: Sendable {
        /// Star words (`stars`, `étoile`).
        let units: KeyList
        /// Words between two numbers (`sur`).
        let outOf: KeyList
        /// Words before a number that make `3/10` a date.
        let dateLeads: KeyList
        /// Spelled-out numbers and their value.
        let numbers: [([UInt8], Double)]
        /// The first-two-bytes filter of `mayStart`, made from `units` and `outOf`.
        let gate: RatingGate

        init(_ words: WordList, numbers: WordList) {
            units = words.keys("unit")
            outOf = words.keys("out-of")
            dateLeads = words.keys("date-before")
            self.numbers = numbers.rows.map { ($0.key, $0.value) }
            gate = RatingGate(units.keys + outOf.keys)
        }
    }

    /// The first test of `valence`, inlined in the item loop (the call itself cost more than the
    /// test, for every token): the next token is `/` or may be a unit or out-of word, judged by
    /// its first two bytes (`RatingGate`).
    @inline(__always) static func mayStart(
        _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>, at i: Int, gate: RatingGate
    ) -> Bool {
        guard i + 1 < toks.count else { return false }
        let next = toks[i + 1]
        guard next.keyEnd > next.keyStart else { return false }
        let lead = keys[Int(next.keyStart)]
        if next.kind == .punctuation { return lead == 0x2F }
        guard next.kind == .word, Int(next.keyLength) >= gate.shortest else { return false }
        return gate.admits(lead, keys[Int(next.keyStart) + 1])
    }

    /// The rating starting at token `i`: its valence and its length in tokens.
    static func valence(
        _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>, at i: Int, words: Words
    ) -> (Double, Int)? {
        let token = toks[i]
        guard token.kind == .number || token.kind == .word, i + 1 < toks.count else { return nil }
        let next = toks[i + 1]
        guard next.keyLength > 0 else { return nil }
        let isSlash = next.kind == .punctuation && next.keyLength == 1 && keys[Int(next.keyStart)] == 0x2F
        guard isSlash || next.kind == .word else { return nil }
        if token.kind == .word && isSlash { return nil }
        func key(_ t: Int) -> BufferView<UInt8> {
            keys.extracting(Int(toks[t].keyStart)..<Int(toks[t].keyEnd))
        }
        let isStar = !isSlash && words.units.contains(key(i + 1))
        let isOutOf = !isSlash && !isStar && token.kind == .number && words.outOf.contains(key(i + 1))
        guard isSlash || isStar || isOutOf else { return nil }
        let value: Double
        if token.kind == .number {
            guard let parsed = number(key(i)) else { return nil }
            value = parsed
        } else {
            guard let word = words.numbers.first(where: { KeyList.same($0.0, key(i)) }) else { return nil }
            value = word.1
        }
        // "N stars" / "N étoiles": a five-star scale.
        if isStar { return valence(value, of: 5).map { ($0, 2) } }
        // "N/M", "N sur M": only digits, only the usual scales.
        guard token.kind == .number, i + 2 < toks.count, toks[i + 2].kind == .number else { return nil }
        guard let scale = number(key(i + 2)), SentimentRules.ratingScales.contains(scale) else { return nil }
        // Dates: `3/10/2025`, `le 3/10`.
        if isSlash, i + 3 < toks.count, toks[i + 3].kind == .punctuation, keys[Int(toks[i + 3].keyStart)] == 0x2F {
            return nil
        }
        if i > 0, toks[i - 1].kind == .word, words.dateLeads.contains(key(i - 1)) { return nil }
        return valence(value, of: scale).map { ($0, 3) }
    }

    /// The valence of `value` on a scale up to `scale`, `nil` outside it.
    private static func valence(_ value: Double, of scale: Double) -> Double? {
        guard value >= 0, value <= scale else { return nil }
        let v = (value / scale - SentimentRules.ratingMidpoint) * SentimentRules.ratingSlope
        return max(-SentimentRules.ratingCap, min(SentimentRules.ratingCap, v))
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

    /// `explain`'s words for `rating`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.rating) ? "explicit rating" : nil
    }
}
