/// The French social-security number (NIR, "numéro de sécurité sociale"): sex (1 or 2), year (2
/// digits), month (2), department (2: digits, or `2A`/`2B` for Corsica), commune (3), order (3) and
/// a 2-digit key; written with or without spaces, dots or dashes between any characters.
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
            } else if " .-\u{00A0}".contains(character), index + 1 < characters.count, !symbols.isEmpty,
                characters[index + 1].isASCIIDigitCharacter || characters[index + 1].isLetter
            {
                index += 1
            } else {
                break
            }
        }
        guard symbols.count == length else { return nil }
        if end < characters.count, characters[end].isLetter || characters[end].isNumber { return nil }
        return keyValid(symbols) ? end : nil
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
