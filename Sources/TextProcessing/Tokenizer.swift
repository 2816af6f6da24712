/// Splits text into `Token`s: the convenient API over `ByteTokenizer` (one `String` key per token).
public enum Tokenizer {
    /// The tokens of `text` in order. French elided articles (`l'`, `d'`, `qu'`, `n'`, `j'`) are
    /// their own word tokens, keyed with a plain apostrophe (`l'`).
    public static func tokenize(_ text: String) -> [Token] {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize(text, into: &buffer)
        return buffer.tokens.map { raw in
            Token(
                kind: raw.kind, start: Int(raw.start), end: Int(raw.end), key: buffer.keyString(raw),
                isAllCaps: raw.flags.contains(.allCaps))
        }
    }
}
