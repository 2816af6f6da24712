import PropertyBased
import Testing

@testable import Reporting

/// The masker runs on every verbatim of every night: whatever the text, it returns, and masking
/// its own output changes nothing.
@Suite struct PersonalDataMaskerPropertyTests {
    /// Pieces customers write around personal data, and the personal data itself.
    static let piece = Gen<String?>.element(of: [
        "0", "1", "2", "3", "4", "6", "7", "9", "00", "06", "12", "34", "2A", "2B", "fr76", "GB29", "+", "+33", "(0)",
        " ", "  ", ".", "-", "/", ",", "(", ")", "\n", "\r\n", "@", "a", "é", "x.y@example.fr", "[card]", "[phone",
        "carte", "card", "commande", "order", "tel", "€", "!", "\u{00A0}", "4539 1488 0343 6467", "06 12 34 56 78",
        "FR76 3000 6000 0112 3456 7890 189", "2 84 12 2A 451 089 80", "+44 (0)7700 900123", "1234 5678 9012 3452",
    ]).map { $0 ?? " " }
    static let text = piece.array(of: 0...40).map { $0.joined() }
    static let scalars = Gen<UInt32>.uint32(in: 0...0x2FFF).map { Character(Unicode.Scalar($0) ?? " ") }
        .array(of: 0...200).map { String($0) }

    static let maskers = [
        PersonalDataMasker(),
        PersonalDataMasker(
            context: PersonalDataContext(card: ["carte", "card"], order: ["commande", "order"], phone: ["tel"])),
    ]

    @Test func maskingNeverTrapsAndMaskingTwiceChangesNothing() async {
        await propertyCheck(count: 500, input: Self.text, Self.scalars) { text, noise in
            for masker in Self.maskers {
                for input in [text, noise, noise + text] {
                    let once = masker.mask(input)
                    #expect(masker.mask(once) == once, "not idempotent on \(input.debugDescription)")
                }
            }
        }
    }

    /// Long lines where every few characters start a word (each would start a number, an IBAN, a NIR
    /// or an address): the masker returns and its result is stable. How fast is `make bench`'s concern.
    @Test(arguments: ["a.", "a%", "0 ", "06.", "+3", "fr76 ", "2A ", "x@", "(0)", "1-"])
    func longRepetitiveLinesAreMaskedStably(unit: String) {
        let text = String(repeating: unit, count: 20_000 / unit.count)
        let once = PersonalDataMaskerTests.masker.mask(text)
        #expect(PersonalDataMaskerTests.masker.mask(once) == once)
    }
}
