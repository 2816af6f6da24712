public import PersonalData

/// Masks personal data in quotes and in the text columns before anything is written.
///
/// A cursor over the text's characters, not a pile of regexes: at each word start it tries an
/// e-mail address and an order number (found beforehand on the text's bytes by the scanners
/// identity evidence uses, `EmailAddressScanner` and `OrderNumberForms`), an IBAN (`IBANNumber`), a
/// French social-security number (`NIRNumber`), then a number written in groups (`DigitRun`), which
/// it classifies as a payment card (`CardIssuer`) or a phone number (`PhoneNumberingPlan`). Check
/// digits, issuer ranges, numbering plans and the words around a number (`PersonalDataContext`)
/// keep amounts, dates, times and bare digit references unmasked.
public struct PersonalDataMasker: Sendable {
    /// The replacement written for each kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case email
        case phone
        case iban
        case card
        case nir
        case order
    }

    /// The words that say what a number is; empty: numbers are judged by their digits alone.
    public var context: PersonalDataContext
    /// The corpus's order number forms (issue 18: an order number identifies its customer).
    public var orders: OrderNumberForms

    /// A masker that reads `context` words around numbers (none: digits alone decide) and masks
    /// the order numbers of `orders` (by default, the default form).
    public init(context: PersonalDataContext = PersonalDataContext(), orders: OrderNumberForms = OrderNumberForms()) {
        self.context = context
        self.orders = orders
    }

    /// `text` with every e-mail address, order number, phone, IBAN, card and NIR replaced by `[kind]`.
    public func mask(_ text: String) -> String {
        // Fast path: every pattern needs an `@`, at least 8 digits (fullwidth ones are not counted)
        // or, for an order number, a few digits.
        var digits = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") {
                hasAt = true
                break
            }
            if byte >= 0x30 && byte <= 0x39 { digits += 1 }
        }
        let fullwidth = FullwidthForms.mayHold(text)
        guard hasAt || digits >= 8 || fullwidth else {
            return orders.mayHold(digits: digits) ? maskOrdersOnly(text) : text
        }
        let written = Array(text)
        // The rules read fullwidth digits and letters as ASCII; what is not masked is written as it was.
        let characters = fullwidth ? FullwidthForms.folded(written) : written
        let read = fullwidth ? String(characters) : text
        // A fullwidth `＠` reads as `@`; the loop above stops at an ASCII one, before counting every digit.
        let orderForms = hasAt || orders.mayHold(digits: digits) ? orders : nil
        var spans = MaskedSpans(read, addresses: hasAt || fullwidth, orders: orderForms)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        // The last two characters written: a word starts after what was written, not after what
        // was read, so that masking the masked text finds the same words.
        var previous: (Character, Character) = (" ", " ")
        while index < characters.count {
            if Self.isWordStart(after: previous),
                let (end, kind) = match(characters, at: index, before: output, spans: &spans)
            {
                output += "[\(kind.rawValue)]"
                previous = (kind.rawValue.last ?? " ", "]")
                while index < end {
                    spans.advance(over: characters[index])
                    index += 1
                }
                continue
            }
            output.append(written[index])
            previous = (previous.1, characters[index])
            spans.advance(over: characters[index])
            index += 1
        }
        return output
    }

    /// `text`, which holds no `@`, fullwidth form or long number, with its order numbers masked:
    /// read on bytes, without splitting the text into characters.
    private func maskOrdersOnly(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = orders.spans(in: text, bytes: bytes)
        guard !found.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var start = 0
        for span in found {
            output += bytes[start..<span.lowerBound]
            output += "[\(Kind.order.rawValue)]".utf8
            start = span.upperBound
        }
        output += bytes[start...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The personal data starting at word start `index`, with the index after it.
    private func match(
        _ characters: [Character], at index: Int, before: String, spans: inout MaskedSpans
    ) -> (Int, Kind)? {
        if let (count, kind) = spans.found(.email, at: index, in: characters) { return (index + count, kind) }
        if let end = IBANNumber.end(characters, from: index) { return (end, .iban) }
        if let (count, kind) = spans.found(.order, at: index, in: characters) { return (index + count, kind) }
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
