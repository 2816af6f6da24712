/// An e-mail address in free text: an RFC 5322 dot-atom local part (letters beyond ASCII allowed,
/// RFC 6531), `@`, a dotted domain whose last label has letters only.
enum EmailAddress {
    /// Index after an address starting at `start`, or `nil`.
    static func end(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        // Bounded by the longest local part and domain (RFC 5321, 4.5.3.1), so that a long run of
        // `a.a.a.…`, where every letter starts a word, is read in linear time.
        while index < characters.count, index - start <= maximumLocalPart, isLocalPartCharacter(characters[index]) {
            index += 1
        }
        guard index > start, index < characters.count, characters[index] == "@" else { return nil }
        index += 1
        let domainStart = index
        while index < characters.count, index - domainStart <= maximumDomain,
            characters[index].isASCIILetterCharacter || characters[index].isASCIIDigitCharacter
                || characters[index] == "-" || characters[index] == "."
        {
            index += 1
        }
        // The domain ends at its last label of letters: a trailing dot ends the sentence, and
        // `example.fr.4539` is an address followed by a number.
        while true {
            while index > domainStart, characters[index - 1] == "." { index -= 1 }
            guard let dot = characters[domainStart..<index].lastIndex(of: "."), dot > domainStart else { return nil }
            // The domain holds ASCII only, so an ASCII letter test is `isLetter` here.
            if dot < index - 2, characters[(dot + 1)..<index].allSatisfy(\.isASCIILetterCharacter) { return index }
            index = dot
        }
    }

    static let maximumLocalPart = 64
    static let maximumDomain = 255

    /// RFC 5322's dot-atom characters, plus any letter or digit beyond ASCII: internationalised
    /// addresses (RFC 6531) such as `josé@example.fr` are addresses too, and one left in clear text is
    /// personal data in a report.
    private static func isLocalPartCharacter(_ character: Character) -> Bool {
        if character.isASCII {
            return character.isASCIILetterCharacter || character.isASCIIDigitCharacter || "._%+-".contains(character)
        }
        return character.isLetter || character.isNumber
    }
}
