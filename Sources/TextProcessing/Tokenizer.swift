/// Splits text into tokens. FIRST VERSION: simple and allocation-heavy; the scoring work replaces it
/// with a byte-level tokenizer that keeps this API.
public enum Tokenizer {
    /// The tokens of `text` in order. French elided articles (`l'`, `d'`, `qu'`, `n'`, `j'`) are
    /// their own word tokens, keyed with a plain apostrophe (`l'`).
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var wordStart: Int?
        var word = ""
        func flush(at end: Int) {
            guard let start = wordStart else { return }
            let folded = TextFolding.fold(word)
            let letters = word.filter(\.isLetter)
            let caps = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            let kind: Token.Kind = word.allSatisfy(\.isNumber) ? .number : .word
            tokens.append(Token(kind: kind, start: start, end: end, key: folded, isAllCaps: caps))
            wordStart = nil
            word = ""
        }
        for character in text {
            let width = character.utf8.count
            if character.isLetter || character.isNumber || character == "-" && wordStart != nil {
                if wordStart == nil { wordStart = offset }
                word.append(character)
            } else if character == "'" || character == "\u{2019}" {
                if wordStart != nil {
                    word.append("'")
                    flush(at: offset + width)
                }
            } else {
                flush(at: offset)
                if !character.isWhitespace {
                    let kind: Token.Kind = character.unicodeScalars.first?.properties.isEmojiPresentation == true ? .emoji : .punctuation
                    tokens.append(Token(kind: kind, start: offset, end: offset + width, key: String(character)))
                }
            }
            offset += width
        }
        flush(at: offset)
        return tokens
    }
}
