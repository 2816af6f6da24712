/// Where a word starts and ends in UTF-8 text, for the identity scanners and the report masking, which read bytes: an
/// address, a phone or an order number glued to letters or digits is part of a longer token
/// (`XCMD-1234567`, `ref12345678`), never one on its own.
public enum TextBoundary {
    /// Whether nothing of a word stands right before `index` in `bytes`: the start of the text, an
    /// ASCII character that is neither letter, digit nor `_`, or one of the non-ASCII marks customers
    /// write before a number (no-break spaces, `°` of `n°`, guillemets, curly quotes, dashes).
    public static func startsWord(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if previous < 0x80 { return !isWordByte(previous) }
        // C2 A0 no-break space, C2 B0 `°`, C2 AB / C2 BB guillemets.
        if index >= 2, bytes[index - 2] == 0xC2 { return [0xA0, 0xB0, 0xAB, 0xBB].contains(previous) }
        // E2 80 xx: the general punctuation block (U+2000…U+203F: spaces, dashes, quotes).
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80 { return true }
        return false
    }

    /// Whether the byte at `index` (if any) ends the token before it: no letter, digit or `_`
    /// follows, and no letter sits after a single `.`, `-` or `_` (`12345678.pdf` is a file name).
    public static func endsWord(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if next >= 0x80 { return !(next >= 0xC3 && next <= 0xDF) }  // C3…DF lead Latin letters (é, ß, ł …)
        if isWordByte(next) { return false }
        if next == UInt8(ascii: ".") || next == UInt8(ascii: "-") {
            return !(index + 1 < bytes.count && isWordByte(bytes[index + 1]))
        }
        return true
    }

    /// ASCII letters, digits and `_`.
    public static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
    }

    public static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    public static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
