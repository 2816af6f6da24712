import Lexicons

/// One element of a `PhraseMatcher` rule compiled for matching: plain integers, so that checking a
/// token against it copies no enum payload and retains no string.
///
/// Why: copying `ThemePattern.Element`s (and retaining their strings) for every candidate rule of
/// every token was the largest cost in the matcher (issue 17 profile: ~1 % for the copies, as much
/// again in retains and releases). The head gate also turns most candidates away with one integer
/// comparison before any string is read.
struct PhraseStep: Sendable {
    /// Which element this is (`ThemePattern.Element`'s cases, without their payload).
    enum Kind: UInt8, Sendable {
        case word
        case accented
        case prefix
        case number
        case gap
    }

    var kind: Kind
    /// `MatchText.head(of:)` of the folded key or stem; 0 for `number` and `gap`. A token whose head
    /// differs cannot be equal to the key nor start with the stem (a stem is at least as long as a
    /// head; keys of text and lexicon are folded by the same tokenizer, so equal keys have equal bytes).
    var head: Int
    /// Index in `PhraseMatcher`'s string table of the folded key or stem (`word`, `accented`, `prefix`).
    var key: Int
    /// Index in the same table of the accented text (`accented` only).
    var raw: Int

    /// `element` compiled, its strings appended to `strings`.
    init(_ element: ThemePattern.Element, strings: inout [String]) {
        head = 0
        key = 0
        raw = 0
        switch element {
        case .word(let folded):
            kind = .word
            (head, key) = Self.store(folded, in: &strings)
        case .accented(let accented, let folded):
            kind = .accented
            (head, key) = Self.store(folded, in: &strings)
            raw = strings.endIndex
            strings.append(accented)
        case .prefix(let stem):
            kind = .prefix
            (head, key) = Self.store(stem, in: &strings)
        case .number:
            kind = .number
        case .gap:
            kind = .gap
        }
    }

    private static func store(_ key: String, in strings: inout [String]) -> (head: Int, index: Int) {
        strings.append(key)
        return (MatchText.head(of: key), strings.endIndex - 1)
    }
}
