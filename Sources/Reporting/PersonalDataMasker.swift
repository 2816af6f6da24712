/// Masks personal data in quotes and in the text columns before anything is written.
///
/// A cursor over the text's characters, not a pile of regexes: at each word start it tries an
/// e-mail address, an IBAN (`IBANNumber`), a French social-security number (`NIRNumber`), then a
/// number written in groups (`DigitRun`), which it classifies as a payment card (`CardIssuer`) or a
/// phone number (`PhoneNumberingPlan`). Check digits, issuer ranges, numbering plans and the words
/// around a number (`PersonalDataContext`) keep order numbers, amounts, dates and times unmasked.
public struct PersonalDataMasker: Sendable {
    /// The replacement written for each kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case email
        case phone
        case iban
        case card
        case nir
    }

    /// The words that say what a number is; empty: numbers are judged by their digits alone.
    public var context: PersonalDataContext

    /// A masker that reads `context` words around numbers (none: digits alone decide).
    public init(context: PersonalDataContext = PersonalDataContext()) {
        self.context = context
    }

    /// `text` with every e-mail address, phone, IBAN, card and NIR replaced by `[kind]`.
    public func mask(_ text: String) -> String {
        // Fast path: every pattern needs an `@` or at least 8 digits (fullwidth ones are not counted).
        var digits = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") {
                hasAt = true
                break
            }
            if byte >= 0x30 && byte <= 0x39 { digits += 1 }
        }
        guard hasAt || digits >= 8 || FullwidthForms.mayHold(text) else { return text }

        let written = Array(text)
        // The rules read fullwidth digits and letters as ASCII; what is not masked is written as it was.
        let characters = FullwidthForms.mayHold(text) ? FullwidthForms.folded(written) : written
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        // The last two characters written: a word starts after what was written, not after what
        // was read, so that masking the masked text finds the same words.
        var previous: (Character, Character) = (" ", " ")
        while index < characters.count {
            if Self.isWordStart(after: previous), let (end, kind) = match(characters, at: index, before: output) {
                output += "[\(kind.rawValue)]"
                previous = (kind.rawValue.last ?? " ", "]")
                index = end
                continue
            }
            output.append(written[index])
            previous = (previous.1, characters[index])
            index += 1
        }
        return output
    }

    /// The personal data starting at word start `index`, with the index after it.
    private func match(_ characters: [Character], at index: Int, before: String) -> (Int, Kind)? {
        if let end = EmailAddress.end(characters, from: index) { return (end, .email) }
        if let end = IBANNumber.end(characters, from: index) { return (end, .iban) }
        let first = characters[index]
        guard first.isASCIIDigitCharacter || first == "+" || first == "(" else { return nil }
        if let end = NIRNumber.end(characters, from: index) { return (end, .nir) }
        guard let run = DigitRun(characters, from: index) else { return nil }
        return NumberClassifier(run: run, characters: characters, before: before, context: context).classify()
    }

    /// Whether a word starts after `previous` (the last two characters): a number glued to letters,
    /// digits, `_`, `+`, `-` or a decimal point is part of a longer token (`ABC-0612345678`,
    /// `3.0612345678`), but `Tél.06…` is not.
    private static func isWordStart(after previous: (Character, Character)) -> Bool {
        let (beforeLast, last) = previous
        if last == "." { return !beforeLast.isNumber }
        return !(last.isLetterOrNumber || last == "_" || last == "-" || last == "+")
    }
}
