/// A cursor over the UTF-8 bytes of one chat line, with the small scanners the line grammar
/// (`ChatStampParser`) is made of. It never reads outside `position..<end`.
struct ChatLineCursor {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    init(_ bytes: [UInt8], from start: Int, to end: Int) {
        self.bytes = bytes
        self.position = max(0, start)
        self.end = min(end, bytes.count)
    }

    var atEnd: Bool { position >= end }

    /// The byte at the cursor, `nil` at the end.
    var current: UInt8? { position < end ? bytes[position] : nil }

    /// The byte `offset` places after the cursor, `nil` past the end.
    func peek(_ offset: Int) -> UInt8? {
        let index = position + offset
        return index >= position && index < end ? bytes[index] : nil
    }

    /// Steps over `byte` when it is at the cursor.
    mutating func take(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        position += 1
        return true
    }

    /// Skips spaces, tabs and the invisible characters phone exports put around stamps: no-break
    /// space U+00A0, narrow no-break space U+202F (before `AM`/`PM` since 2023), left-to-right and
    /// right-to-left marks U+200E/U+200F (iOS, at line starts and before attachments), and the
    /// directional isolates U+2066…U+2069 recent exports wrap names and numbers in.
    mutating func skipSpaces() {
        while let length = spaceLength(at: position) { position += length }
    }

    /// The length of the space-like character at `index`, `nil` when there is none.
    func spaceLength(at index: Int) -> Int? {
        guard index < end else { return nil }
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x8E || bytes[index + 2] == 0x8F || bytes[index + 2] == 0xAF
        {
            return 3
        }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x81, (0xA6...0xA9).contains(bytes[index + 2]) {
            return 3
        }
        return nil
    }

    /// A run of 1…`maxDigits` ASCII digits, with how many there were; the cursor stays put on none.
    mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while let byte = current, digits < maxDigits, Self.isDigit(byte) {
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            position += 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    /// Skips one word of letters (ASCII or any multi-byte UTF-8 character) of at most `maxBytes`
    /// bytes, such as the `à`, `at`, `klo` or `T` written between a date and its time.
    mutating func skipWord(maxBytes: Int) -> Bool {
        var probe = position
        while probe < end, probe - position <= maxBytes {
            let byte = bytes[probe]
            guard Self.isASCIILetter(byte) || byte >= 0xC0 || (byte >= 0x80 && probe > position) else { break }
            probe += 1
        }
        guard probe > position, probe - position <= maxBytes else { return false }
        position = probe
        return true
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
