/// One token of a text: a word, a number, an emoji, a URL or a punctuation mark.
///
/// Tokens point into the original text by UTF-8 offsets (spaCy's "the Doc owns the data" rule), so
/// that `explain` and reports can quote the evidence, and carry a folded key for lexicon look-up.
public struct Token: Sendable, Hashable {
    /// What kind of token it is.
    public enum Kind: String, Sendable, Hashable {
        case word
        case number
        case punctuation
        case emoji
        case url
        case email
    }

    public var kind: Kind
    /// First UTF-8 byte of the token in the text.
    public var start: Int
    /// One past the last UTF-8 byte.
    public var end: Int
    /// Look-up key: lowercased, diacritics removed, typographic apostrophes folded to `'`, so that
    /// `Déçu`, `déçu` and `decu` meet the same lexicon entry.
    public var key: String
    /// True when the token is written in capitals and has at least two letters (emphasis).
    public var isAllCaps: Bool

    public init(kind: Kind, start: Int, end: Int, key: String, isAllCaps: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
        self.isAllCaps = isAllCaps
    }
}
