extension Character {
    /// `isWhitespace`, with ASCII (tab to carriage return, space, and CR LF) answered from its value:
    /// the Unicode property look-up behind `isWhitespace` was a visible share of reading many small
    /// files, where every review, turn and cell is split at white space.
    var isBlank: Bool {
        guard let value = asciiValue else { return isWhitespace }
        return value == UInt8(ascii: " ") || (0x09...0x0D).contains(value)
    }
}
