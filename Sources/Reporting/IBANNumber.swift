/// An International Bank Account Number (ISO 13616-1): a country code, two check digits and a
/// country-specific account number (BBAN), in any case, written in one block or in groups joined
/// by single spaces or dashes, or broken across two lines. The length is the one the SWIFT IBAN registry gives the country, and
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
            } else if let next = separatorEnd(characters, at: index) {
                index = next
            } else {
                break
            }
        }
        guard compact.count == length else { return nil }
        // One more letter or digit glued on: a longer code, not this IBAN.
        if index < characters.count, characters[index].isLetterOrNumber { return nil }
        return checksumValid(compact) ? index : nil
    }

    /// Index after the separator between two groups at `index`: a space, dash or no-break space,
    /// or a line break with the spaces around it (a mail body wraps `FR76` and `3000 6000 …` onto
    /// two lines), followed by a letter or digit; `nil` when there is none.
    private static func separatorEnd(_ characters: [Character], at index: Int) -> Int? {
        var position = index
        var lineBreaks = 0
        var marks = 0
        while position < characters.count, position - index < 4 {
            let character = characters[position]
            if character.isNewline {
                lineBreaks += 1
            } else if character == " " || character == "\u{00A0}" {
                // spaces around a line break
            } else if character.isDashCharacter {
                marks += 1
            } else {
                break
            }
            position += 1
        }
        let separated = position > index && lineBreaks <= 1 && marks <= 1 && (position - index == 1 || lineBreaks == 1)
        guard separated, position < characters.count,
            characters[position].isASCIILetterCharacter || characters[position].isASCIIDigitCharacter
        else { return nil }
        return position
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
    /// `A`…`Z` or `a`…`z`, read from the ASCII value (cheaper than `isLetter`'s Unicode look-up).
    var isASCIILetterCharacter: Bool {
        guard let value = asciiValue else { return false }
        return (value | 0x20) >= UInt8(ascii: "a") && (value | 0x20) <= UInt8(ascii: "z")
    }

    /// `isLetter || isNumber`, with ASCII answered from the value: the masker asks it around every
    /// word, and the Unicode look-up is only needed beyond ASCII.
    var isLetterOrNumber: Bool {
        guard asciiValue != nil else { return isLetter || isNumber }
        return isASCIILetterCharacter || isASCIIDigitCharacter
    }
}
