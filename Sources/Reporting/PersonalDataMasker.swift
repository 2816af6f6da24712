/// Masks personal data in quotes and in the text column before anything is written.
///
/// A cursor over the text's characters, not a pile of regexes: at each position it tries an e-mail
/// address, an IBAN (checked with ISO 13616 mod-97), and a run of digits with the usual separators,
/// which it then classifies as a card number (13–19 digits passing the Luhn check), a French
/// social-security number (NIR: 15 digits, sex digit 1 or 2, key = 97 − (first 13 digits mod 97)),
/// or a phone number (French `0X XX XX XX XX`, `+33 …`, `00…`, or any `+` international number of
/// 8–15 digits, the E.164 maximum). Check digits keep order numbers and amounts from being masked.
public enum PersonalDataMasker {
    /// The replacement written for each kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case email
        case phone
        case iban
        case card
        case nir
    }

    /// `text` with every e-mail address, phone, IBAN, card and NIR replaced by `[kind]`.
    public static func mask(_ text: String) -> String {
        // Fast path: every pattern needs an `@` or at least 8 digits.
        var digits = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { hasAt = true; break }
            if byte >= 0x30 && byte <= 0x39 { digits += 1 }
        }
        guard hasAt || digits >= 8 else { return text }

        let characters = Array(text)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || !isWordCharacter(characters[index - 1])
            if atWordStart, let end = emailEnd(characters, from: index) {
                output += "[\(Kind.email.rawValue)]"
                index = end
                continue
            }
            if atWordStart, let end = ibanEnd(characters, from: index) {
                output += "[\(Kind.iban.rawValue)]"
                index = end
                continue
            }
            if atWordStart, characters[index].isASCIIDigit || characters[index] == "+",
                let (end, kind) = numberRun(characters, from: index)
            {
                output += "[\(kind.rawValue)]"
                index = end
                continue
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "-"
            || character == "+"
    }

    private static func isLocalPartCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._%+-".contains(character))
    }

    /// End of an e-mail address starting at `start` (RFC 5322 dot-atom local part, a dotted domain
    /// whose last label has 2+ letters), or `nil`.
    private static func emailEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count, isLocalPartCharacter(characters[index]) { index += 1 }
        guard index > start, index < characters.count, characters[index] == "@" else { return nil }
        index += 1
        let domainStart = index
        while index < characters.count,
            characters[index].isASCII
                && (characters[index].isLetter || characters[index].isNumber || characters[index] == "-"
                    || characters[index] == ".")
        {
            index += 1
        }
        // A trailing dot ends the sentence, not the domain.
        while index > domainStart, characters[index - 1] == "." { index -= 1 }
        guard let dot = characters[domainStart..<index].lastIndex(of: "."), dot < index - 2, dot > domainStart
        else { return nil }
        let topLevel = characters[(dot + 1)..<index]
        guard topLevel.allSatisfy(\.isLetter) else { return nil }
        return index
    }

    /// End of an IBAN starting at `start` (two capitals, two check digits, 11–30 alphanumerics, in
    /// groups separated by single spaces) when its mod-97 check (ISO 13616) holds.
    private static func ibanEnd(_ characters: [Character], from start: Int) -> Int? {
        guard start + 4 <= characters.count,
            characters[start].isASCIIUppercase, characters[start + 1].isASCIIUppercase,
            characters[start + 2].isASCIIDigit, characters[start + 3].isASCIIDigit
        else { return nil }
        var compact: [Character] = []
        var index = start
        var end = start
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit || character.isASCIIUppercase {
                compact.append(character)
                index += 1
                end = index
            } else if character == " ", index + 1 < characters.count,
                characters[index + 1].isASCIIDigit || characters[index + 1].isASCIIUppercase
            {
                index += 1
            } else {
                break
            }
            if compact.count > 34 { return nil }
        }
        guard compact.count >= 15 else { return nil }
        // Move the first four characters to the end, letters become 10…35, the number mod 97 is 1.
        var remainder = 0
        for character in compact[4...] + compact[0..<4] {
            guard let value = character.hexDigitValue ?? letterValue(character) else { return nil }
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder == 1 ? end : nil
    }

    private static func letterValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, ascii >= 65, ascii <= 90 else { return nil }
        return Int(ascii) - 55
    }

    /// A run of digits joined by single spaces, dots, dashes or a `+`/parenthesised prefix,
    /// classified by its digits; `nil` when it is none of the masked kinds.
    private static func numberRun(_ characters: [Character], from start: Int) -> (Int, Kind)? {
        var digits: [Int] = []
        var index = start
        let international = characters[start] == "+"
        if international { index += 1 }
        var end = index
        while index < characters.count {
            let character = characters[index]
            if let value = character.wholeNumberValue, character.isASCIIDigit {
                digits.append(value)
                index += 1
                end = index
            } else if " .-()".contains(character), index + 1 < characters.count,
                characters[index + 1].isASCIIDigit || (character == " " && characters[index + 1] == "(")
            {
                index += 1
            } else {
                break
            }
            if digits.count > 19 { return nil }
        }
        // A number glued to letters (a reference like 12345678AB) is not a phone.
        if end < characters.count, characters[end].isLetter { return nil }
        // A NIR starts with 1 or 2; 15-digit cards (American Express) start with 34 or 37.
        if digits.count == 15, !international, digits[0] == 1 || digits[0] == 2, nirValid(digits) { return (end, .nir) }
        if (13...19).contains(digits.count), !international, luhnValid(digits) { return (end, .card) }
        if international, (8...15).contains(digits.count) { return (end, .phone) }
        if !international, digits.count == 10, digits[0] == 0, digits[1] != 0 { return (end, .phone) }
        if !international, digits.count >= 10, digits.count <= 15, digits[0] == 0, digits[1] == 0 { return (end, .phone) }
        return nil
    }

    /// The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812-1).
    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// The NIR key: 97 minus the first 13 digits modulo 97 (INSEE).
    static func nirValid(_ digits: [Int]) -> Bool {
        var remainder = 0
        for digit in digits[0..<13] { remainder = (remainder * 10 + digit) % 97 }
        let key = digits[13] * 10 + digits[14]
        return key == 97 - remainder
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIIUppercase: Bool { isASCII && isUppercase }
}
