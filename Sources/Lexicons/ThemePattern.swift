import Foundation
public import TextProcessing

/// A phrase pattern over token keys: the one pattern syntax of theme and signal lexicons.
///
/// A pattern is a space-separated sequence of elements, matched against consecutive word tokens of
/// a text (a punctuation mark between two words breaks the sequence):
/// - a word (`livraison`, `l'attente`, `e-mail`): equal to the token's folded key (case, accents
///   and `’` ignored, so `livraison` also matches `Livraison` and `LIVRAISON`); a word the tokenizer
///   splits (`l'attente` → `l'` `attente`, `e-mail` → `e` `mail`) becomes several elements;
/// - a stem ending in `*` (`rembours*`): any token whose key starts with the stem, for inflections
///   (`remboursement`, `rembourser`, `remboursé`); stems have at least three letters;
/// - `<number>`: any number written in digits (`3 fois`);
/// - a currency symbol (`€`, `$`), the one kind of punctuation a pattern may name;
/// - `~`: a gap of zero to three word tokens (`retard ~ livraison` matches `retard de ma livraison`).
///
/// When the pattern is accent-sensitive (`exact` rows), words compare on the lowercased text with
/// its accents, so that `livré` (delivered) does not match `livre` (the book).
public struct ThemePattern: Sendable, Hashable, CustomStringConvertible {
    /// One element of a pattern.
    public enum Element: Sendable, Hashable {
        /// A folded token key that must be equal.
        case word(String)
        /// A lowercased token text with its accents that must be equal; the folded key is kept for indexing.
        case accented(String, folded: String)
        /// A folded stem the token key must start with.
        case prefix(String)
        /// Any token made of digits.
        case number
        /// Zero to `ThemePattern.maximumGap` word tokens.
        case gap
    }

    /// The largest number of tokens a `~` gap skips: enough for `de ma`, `dans la`, `of my`.
    public static let maximumGap = 3
    /// The shortest stem a `*` accepts, so that `re*` cannot swallow half the dictionary.
    public static let minimumStem = 3

    /// The elements in order.
    public var elements: [Element]
    /// The pattern as written in the lexicon.
    public var source: String

    /// The pattern as written.
    public var description: String { source }

    /// Parses `text`; errors name `file` and `line`.
    public init(parsing text: String, accentSensitive: Bool, file: String, line: Int) throws(LexiconError) {
        source = text
        elements = []
        func fail(_ reason: String) -> LexiconError {
            .malformed(file: file, line: line, reason: "pattern '\(text)': \(reason)")
        }
        for piece in text.split(whereSeparator: { $0 == " " }) {
            if piece == "<number>" {
                elements.append(.number)
                continue
            }
            if piece == "~" {
                if elements.isEmpty { throw fail("a gap '~' cannot start a pattern") }
                if elements.last == .gap { throw fail("two gaps in a row") }
                elements.append(.gap)
                continue
            }
            var body = Substring(piece)
            let isPrefix = body.hasSuffix("*")
            if isPrefix { body = body.dropLast() }
            if body.contains("*") { throw fail("'*' is only allowed at the end of a word") }
            if body.contains("<") || body.contains(">") {
                throw fail("unknown placeholder in '\(piece)' (only <number>)")
            }
            let words = Self.words(of: String(body))
            guard !words.isEmpty else { throw fail("'\(piece)' has no word in it") }
            if let bad = words.first(where: { $0.isPunctuation }) {
                throw fail("punctuation '\(bad.key)' cannot be matched; write words only")
            }
            for (index, word) in words.enumerated() {
                if isPrefix && index == words.count - 1 {
                    guard word.key.count >= Self.minimumStem else {
                        throw fail("stem '\(word.key)*' is shorter than \(Self.minimumStem) letters")
                    }
                    elements.append(.prefix(word.key))
                } else if accentSensitive {
                    elements.append(.accented(word.raw, folded: word.key))
                } else {
                    elements.append(.word(word.key))
                }
            }
        }
        if elements.isEmpty { throw fail("empty pattern") }
        if elements.last == .gap { throw fail("a gap '~' cannot end a pattern") }
    }

    /// True for the tokens a pattern can name and a text match: words, numbers and currency
    /// symbols (`€`, `$`: prices are a theme); other punctuation, emoji and URLs only break sequences.
    public static func isMatchable(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number:
            return true
        case .punctuation:
            return !token.key.isEmpty
                && token.key.unicodeScalars.allSatisfy { $0.properties.generalCategory == .currencySymbol }
        case .emoji, .url, .email:
            return false
        }
    }

    /// The words of one pattern piece as the matcher will see them in a text: tokenized, and
    /// hyphenated tokens split at their hyphens (`service-client` is matched as `service client`).
    private static func words(of piece: String) -> [(key: String, raw: String, isPunctuation: Bool)] {
        var result: [(key: String, raw: String, isPunctuation: Bool)] = []
        let utf8 = Array(piece.utf8)
        for token in Tokenizer.tokenize(piece) {
            let raw = String(decoding: utf8[token.start..<token.end], as: UTF8.self)
                .lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            let isPunctuation = !isMatchable(token)
            if token.key.contains("-") && !isPunctuation {
                let keys = token.key.split(separator: "-")
                let raws = raw.split(separator: "-")
                for (index, key) in keys.enumerated() {
                    let rawPart = index < raws.count ? String(raws[index]) : String(key)
                    result.append((String(key), rawPart, false))
                }
            } else {
                result.append((token.key, raw, isPunctuation))
            }
        }
        return result
    }
}
