/// The French social-security number (NIR, "numéro de sécurité sociale"): sex (1 or 2), year (2
/// digits), month (2), department (2: digits, or `2A`/`2B` for Corsica), commune (3), order (3) and
/// a 2-digit key; written with or without spaces, dots or dashes between any characters, or
/// broken across two lines.
///
/// The key is 97 − (the 13-character number mod 97), where for Corsica `2A` counts as 19 and `2B`
/// as 18 (INSEE's description of the NIR, "numéro d'inscription au répertoire"; the Assurance
/// Maladie computes the key of Corsican numbers the same way).
enum NIRNumber {
    /// The characters of a NIR.
    static let length = 15

    /// Index after a NIR starting at `start` with a valid key, or `nil`.
    static func end(_ characters: [Character], from start: Int) -> Int? {
        guard characters[start] == "1" || characters[start] == "2" else { return nil }
        var symbols: [Character] = []
        var index = start
        var end = start
        while index < characters.count, symbols.count < length {
            let character = characters[index]
            let corsica = symbols.count == 6 && symbols[5] == "2" && "ABab".contains(character)
            if character.isASCIIDigitCharacter || corsica {
                symbols.append(character)
                index += 1
                end = index
            } else if !symbols.isEmpty, let next = separatorEnd(characters, at: index) {
                index = next
            } else {
                break
            }
        }
        guard symbols.count == length else { return nil }
        if end < characters.count, characters[end].isLetter || characters[end].isNumber { return nil }
        return keyValid(symbols) ? end : nil
    }

    /// Index after the separator at `index`: one space, dot, dash or no-break space, or a line
    /// break with the spaces around it (a mail body wraps `2 84 12` and `2A 451 089 80` onto two
    /// lines), followed by a digit or letter; `nil` when there is none.
    private static func separatorEnd(_ characters: [Character], at index: Int) -> Int? {
        var position = index
        var lineBreaks = 0
        while position < characters.count, position - index < 4 {
            let character = characters[position]
            if character.isNewline {
                lineBreaks += 1
            } else if !(character == " " || character == "\u{00A0}") {
                break
            }
            position += 1
        }
        if lineBreaks == 0 {
            guard " .\u{00A0}".contains(characters[index]) || characters[index].isDashCharacter else { return nil }
            position = index + 1
        }
        guard lineBreaks <= 1, position < characters.count,
            characters[position].isASCIIDigitCharacter || characters[position].isLetter
        else { return nil }
        return position
    }

    /// Whether the last two digits are the key of the first thirteen characters.
    static func keyValid(_ symbols: [Character]) -> Bool {
        var head = Array(symbols.prefix(13))
        switch head[6] {
        case "A", "a": head[5...6] = ["1", "9"]
        case "B", "b": head[5...6] = ["1", "8"]
        default: break
        }
        var remainder = 0
        for symbol in head {
            guard let value = symbol.wholeNumberValue else { return false }
            remainder = (remainder * 10 + value) % 97
        }
        guard let tens = symbols[13].wholeNumberValue, let units = symbols[14].wholeNumberValue else { return false }
        return tens * 10 + units == 97 - remainder
    }
}
