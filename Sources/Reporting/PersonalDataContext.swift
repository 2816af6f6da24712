import TextProcessing

/// The words that say what a long number beside them is: a payment card, an order (or invoice,
/// parcel) reference, or a phone. Loaded from `lexicons/common/personal-data-context.tsv` by the
/// pipeline; an empty context (the default) leaves every number to be judged by its digits alone.
public struct PersonalDataContext: Sendable {
    /// What a context word says a number is.
    public enum Meaning: Sendable, CaseIterable {
        case card
        case order
        case phone
    }

    /// How many words before a number are read for its context. Only words before it count: the
    /// words after it may be masked themselves, and masking the masked text must read the same.
    static let wordsBefore = 5

    /// Each term as its folded words, with what it means.
    let terms: [(words: [String], meaning: Meaning)]

    /// A context from its three lists of terms (one or a few words each, matched case- and
    /// accent-insensitively as whole words).
    public init(card: [String] = [], order: [String] = [], phone: [String] = []) {
        var terms: [(words: [String], meaning: Meaning)] = []
        for (list, meaning) in [(card, Meaning.card), (order, .order), (phone, .phone)] {
            for term in list {
                let words = Self.words(of: TextFolding.fold(term))
                if !words.isEmpty { terms.append((words, meaning)) }
            }
        }
        self.terms = terms
    }

    /// Whether no term is known.
    public var isEmpty: Bool { terms.isEmpty }

    /// How many words separate each meaning's nearest term from a number (0: the word just before
    /// it); a meaning without a term near is absent. `before` is the text before the number as
    /// already masked, so that masking the masked text reads the same words.
    func distances(before: String) -> [Meaning: Int] {
        guard !terms.isEmpty else { return [:] }
        let words = Self.nearbyWords(before: before, limit: Self.wordsBefore)
        var result: [Meaning: Int] = [:]
        for term in terms {
            let count = term.words.count
            // Nearest first: a term ends at `words[i]` when its words read backwards from there.
            for distance in 0..<max(0, words.count - count + 1)
            where words[distance..<(distance + count)].reversed().elementsEqual(term.words) {
                result[term.meaning] = min(result[term.meaning] ?? distance, distance)
                break
            }
        }
        return result
    }

    /// Up to `limit` folded words of `text` read backwards from its end, stopping at `!`, `?` or
    /// after 80 code points (read as scalars, not characters: this runs at every candidate number,
    /// and grapheme breaking backwards was most of its time). A masker's own `[card]` is not a word.
    private static func nearbyWords(before text: String, limit: Int) -> [String] {
        var words: [String] = []
        var current: [Unicode.Scalar] = []
        var opening: Unicode.Scalar = " "
        var walked = 0
        for scalar in text.unicodeScalars.reversed() {
            // A word cut by the window is not read: it may be half of a `[card]`.
            if walked == 80 { return Array(words.prefix(limit)) }
            if words.count >= limit { break }
            walked += 1
            if isLetter(scalar) {
                current.append(scalar)
                continue
            }
            if !current.isEmpty {
                let word = String(String.UnicodeScalarView(current.reversed()))
                let replacement = opening == "]" && scalar == "[" && PersonalDataMasker.Kind(rawValue: word) != nil
                if !replacement { words.append(contentsOf: Self.words(of: TextFolding.fold(word))) }
                current.removeAll()
            }
            opening = scalar
            // Another sentence is about something else ("." is left out: "réf. 1234", "n°.").
            if scalar == "!" || scalar == "?" { break }
        }
        if !current.isEmpty {
            words.append(
                contentsOf: Self.words(of: TextFolding.fold(String(String.UnicodeScalarView(current.reversed())))))
        }
        return Array(words.prefix(limit))
    }

    /// Letters and the combining marks of decomposed accents.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The words of already folded text: runs of letters.
    static func words(of folded: String) -> [String] {
        folded.split { !$0.isLetter }.map(String.init)
    }
}
