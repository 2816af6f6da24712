/// A chat turn that holds no word: only an identifier the agent asked for (an order number
/// `716640`, an e-mail address, a password `1StEQ3js`) or an anonymisation placeholder of an export
/// (`_Email1_`). It answers a question; it is no customer's opinion, so it is not analysed (it
/// would land in a hot spot as a neutral verbatim) and is counted as `no-content`.
enum WordlessTurn {
    /// Whether `text` has no word (two letters or more, with only `'`, `’` or `-` inside, punctuation
    /// around) and no emoji, which says something on its own.
    static func isWordless(_ text: String) -> Bool {
        for token in text.split(whereSeparator: \.isBlank) {
            if token.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return false }
            if isWord(token) { return false }
        }
        return true
    }

    private static func isWord(_ token: Substring) -> Bool {
        let core = token.drop(while: isEdge).reversed().drop(while: isEdge).reversed()
        var letters = 0
        for character in core {
            if character.isLetter {
                letters += 1
            } else if !(character == "'" || character == "\u{2019}" || character == "-") {
                return false  // a digit, `_`, `@`, `.` or `/` inside: an identifier, not a word
            }
        }
        return letters >= 2
    }

    /// Punctuation around a word (`merci.`, `(oui)`, `«non»`), not inside it.
    private static func isEdge(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }
}
