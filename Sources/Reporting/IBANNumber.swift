/// An International Bank Account Number (ISO 13616-1): a country code, two check digits and a
/// country-specific account number (BBAN), in any case, written in one block or in groups joined
/// by single spaces or dashes. The length is the one the SWIFT IBAN registry gives the country, and
/// the number passes the ISO 7064 mod-97-10 check.
enum IBANNumber {
    /// Index after an IBAN starting at `start`, or `nil`.
    static func end(_ characters: [Character], from start: Int) -> Int? {
        guard start + 4 <= characters.count,
            characters[start].isASCIILetterCharacter, characters[start + 1].isASCIILetterCharacter,
            characters[start + 2].isASCIIDigitCharacter, characters[start + 3].isASCIIDigitCharacter,
            let length = IBANRegistry.lengths[String(characters[start...(start + 1)]).uppercased()]
        else { return nil }
        var compact: [Character] = []
        var index = start
        while index < characters.count, compact.count < length {
            let character = characters[index]
            if character.isASCIILetterCharacter || character.isASCIIDigitCharacter {
                compact.append(character)
                index += 1
            } else if character == " " || character == "-" || character == "\u{00A0}", index + 1 < characters.count,
                characters[index + 1].isASCIILetterCharacter || characters[index + 1].isASCIIDigitCharacter
            {
                index += 1
            } else {
                break
            }
        }
        guard compact.count == length else { return nil }
        // One more letter or digit glued on: a longer code, not this IBAN.
        if index < characters.count, characters[index].isLetter || characters[index].isNumber { return nil }
        return checksumValid(compact) ? index : nil
    }

    /// ISO 7064 mod-97-10 as ISO 13616 uses it: the first four characters moved to the end,
    /// letters read as 10…35, the whole number mod 97 is 1.
    static func checksumValid(_ compact: [Character]) -> Bool {
        var remainder = 0
        for character in compact[4...] + compact[..<4] {
            guard let ascii = character.asciiValue else { return false }
            switch ascii {
            case 0x30...0x39: remainder = (remainder * 10 + Int(ascii - 0x30)) % 97
            case 0x41...0x5A: remainder = (remainder * 100 + Int(ascii - 0x41) + 10) % 97
            case 0x61...0x7A: remainder = (remainder * 100 + Int(ascii - 0x61) + 10) % 97
            default: return false
            }
        }
        return remainder == 1
    }
}

extension Character {
    /// `A`…`Z` or `a`…`z`.
    var isASCIILetterCharacter: Bool { isASCII && isLetter }
}
