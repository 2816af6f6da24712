import Lexicons
import TextProcessing

/// A text as the phrase matchers see it: its word tokens with folded keys and UTF-8 offsets.
///
/// Hyphenated tokens are split at their hyphens (`service-client`, `qualité-prix`, `e-mail`) so
/// that one pattern `service client` matches both spellings; the parts share the offsets of the
/// whole token, which is all clause look-up needs. A slash between words is skipped, not a break:
/// `qualité/prix` and `aller/retour` read as `qualité prix` and `aller retour`. So are quotation
/// marks: a word in quotes is mentioned, not cut off from its sentence (a customer quotes the status
/// a tracking page shows: `order still 'preparing'`, `commande « en préparation »`).
struct MatchText {
    /// One token the matchers compare against.
    struct Item {
        /// Folded key (lowercase, no accents, `'` apostrophe).
        var key: String
        /// UTF-8 offsets of the token (of the whole hyphenated token for a part).
        var start: Int
        var end: Int
        /// Words, numbers and currency symbols can match; punctuation, emoji and URLs only break sequences.
        var isWord: Bool
        var isNumber: Bool
        /// True for a part of a hyphenated token, whose raw text is not its own.
        var isPart: Bool
        /// `MatchText.head(of: key)`, the matchers' index key, computed once per token.
        var head: Int
    }

    /// Bytes of a key packed into its head: `ThemePattern.minimumStem`, so that a stem and every
    /// word it starts share a head.
    static let headLength = ThemePattern.minimumStem

    /// The first `headLength` UTF-8 bytes of `key` (all of them when shorter) packed in an integer:
    /// hashing an integer is far cheaper than hashing a string. Keys never contain a NUL byte, so
    /// a short key cannot collide with a longer one.
    static func head(of key: String) -> Int {
        var packed = 0
        var count = 0
        for byte in key.utf8 {
            packed = packed << 8 | Int(byte)
            count += 1
            if count == headLength { break }
        }
        return packed
    }

    let text: String
    private(set) var items: [Item] = []

    init(_ text: String) {
        self.text = text
        let tokens = Tokenizer.tokenize(text)
        items.reserveCapacity(tokens.count)
        for token in tokens { append(token) }
    }

    /// Uses the byte tokens the scorer left in its buffer for `text` (`ByteTokenizer`, the tokenizer
    /// behind `Tokenizer.tokenize`, so the items are the same). Keys are built straight from the
    /// key arena; a key of up to 15 bytes is a small `String`, stored inline without allocation.
    init(_ text: String, buffer: TokenBuffer) {
        self.text = text
        items.reserveCapacity(buffer.tokens.count)
        for raw in buffer.tokens {
            append(
                Token(
                    kind: raw.kind, start: Int(raw.start), end: Int(raw.end), key: buffer.keyString(raw),
                    isAllCaps: raw.flags.contains(.allCaps)))
        }
    }

    /// Quotation marks as folded keys (`’` folds to `'`): skipped like a slash.
    static let quotes: Set<String> = ["'", "\"", "«", "»", "“", "”", "‘", "‹", "›", "`"]

    /// True when `key` may be one of `quotes`: each starts with `"`, `'`, `` ` `` or the lead byte
    /// of U+00AB-U+00BB (`«`, `»`) or of U+2018-U+203A (the curly quotes, `‹`, `›`), so most
    /// punctuation (`.`, `,`, `!`) is told apart without hashing its key.
    static func mayBeQuote(_ key: String) -> Bool {
        switch key.utf8.first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), 0xC2, 0xE2: return true
        default: return false
        }
    }

    /// `ThemePattern.isMatchable(token)`, without its Unicode property look-up for a one-byte ASCII
    /// key: words and numbers, and of ASCII punctuation only `$`, the one ASCII character of general
    /// category Sc (currency symbol; Unicode's UnicodeData.txt).
    static func isMatchable(_ token: Token) -> Bool {
        if token.kind == .punctuation, token.key.utf8.count == 1, let byte = token.key.utf8.first, byte < 0x80 {
            return byte == UInt8(ascii: "$")
        }
        return ThemePattern.isMatchable(token)
    }

    private mutating func append(_ token: Token) {
        if token.key == "/"
            || token.kind == .punctuation && Self.mayBeQuote(token.key) && Self.quotes.contains(token.key)
        {
            return
        }
        let isWord = Self.isMatchable(token)
        if isWord, token.key.utf8.contains(UInt8(ascii: "-")) {
            for part in token.key.split(separator: "-") {
                let key = String(part)
                items.append(
                    Item(
                        key: key, start: token.start, end: token.end, isWord: true,
                        isNumber: part.allSatisfy(\.isNumber), isPart: true, head: Self.head(of: key)))
            }
        } else {
            items.append(
                Item(
                    key: token.key, start: token.start, end: token.end, isWord: isWord,
                    isNumber: token.kind == .number, isPart: false, head: isWord ? Self.head(of: token.key) : 0))
        }
    }

    /// Whether the token's own text, lowercased with its accents kept, is `raw` (an `exact` pattern's
    /// word): `accentedText(at: index) == raw`, but an ASCII token is compared byte by byte instead
    /// of being copied, lowercased and searched for `’` (issue 17 profile: 1.2 % of a run).
    func accentedText(at index: Int, is raw: String) -> Bool {
        let item = items[index]
        let utf8 = text.utf8
        guard item.start >= 0, item.end <= utf8.count, item.start <= item.end else {
            return accentedText(at: index) == raw
        }
        let span = utf8.span
        for offset in item.start..<item.end where span[offset] >= 0x80 { return accentedText(at: index) == raw }
        // An ASCII text equals only a string whose canonical decomposition is ASCII: `raw` itself
        // when it is ASCII; else a string holding one of the three characters that decompose to
        // ASCII (U+037E to `;`, U+1FEF to `` ` ``, U+212A to `K`; UnicodeData.txt), compared the slow way.
        guard raw.utf8.allSatisfy({ $0 < 0x80 }) else {
            let decomposesToASCII = raw.unicodeScalars.contains {
                $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}"
            }
            return decomposesToASCII && accentedText(at: index) == raw
        }
        guard raw.utf8.count == item.end - item.start else { return false }
        var offset = item.start
        for byte in raw.utf8 {
            let lower = span[offset] >= 0x41 && span[offset] <= 0x5A ? span[offset] | 0x20 : span[offset]
            if lower != byte { return false }
            offset += 1
        }
        return true
    }

    /// The token's own text, lowercased with its accents kept: what `exact` patterns compare.
    func accentedText(at index: Int) -> String {
        let item = items[index]
        let utf8 = text.utf8
        guard item.start >= 0, item.end <= utf8.count, item.start <= item.end else { return item.key }
        let from = utf8.index(utf8.startIndex, offsetBy: item.start)
        let to = utf8.index(utf8.startIndex, offsetBy: item.end)
        return String(decoding: utf8[from..<to], as: UTF8.self).lowercased()
            .replacing("\u{2019}", with: "'")
    }
}
