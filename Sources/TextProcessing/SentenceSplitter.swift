/// Sentence boundaries from punctuation and line breaks.
public enum SentenceSplitter {
    /// UTF-8 byte ranges of the sentences of `text`, in order: a sentence ends after `.`, `!`, `?`,
    /// `…` (and their runs) or at a line break. Empty sentences are skipped.
    public static func sentences(in text: String) -> [Range<Int>] {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize(text, into: &buffer)
        var ranges: [Range<Int>] = []
        var start: Int?
        var end = 0
        for token in buffer.tokens {
            if token.flags.contains(.afterNewline), let s = start {
                ranges.append(s..<end)
                start = nil
            }
            if start == nil { start = Int(token.start) }
            end = Int(token.end)
            if token.kind == .punctuation, let first = buffer.keys[Int(token.keyStart)...].first,
                first == 0x2E || first == 0x21 || first == 0x3F
            {
                if let s = start { ranges.append(s..<end) }
                start = nil
            }
        }
        if let s = start { ranges.append(s..<end) }
        return ranges
    }
}
