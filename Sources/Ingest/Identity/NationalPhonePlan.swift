/// How one country writes its phone numbers at home, for turning a national number
/// (`06 12 34 56 78`) into its international E.164 form (`+33612345678`, ITU-T E.164).
///
/// Only countries whose national numbers start with the trunk prefix `0` and have a fixed set of
/// lengths are here: the `0` is what tells a phone from an amount, a postcode or a reference, and
/// without it (Spain, Italian mobiles, North America) a bare run of digits is too often something
/// else. A national number is evidence only when `verbatim-config.tsv` names the country
/// (`phone_country<TAB>33`): the same digits are another person's number in another country.
public struct NationalPhonePlan: Sendable, Hashable {
    /// The country calling code (ITU-T E.164 assignments): `33` for France.
    public var callingCode: String
    /// Lengths of a national number, trunk `0` included.
    var lengths: ClosedRange<Int>

    /// The plans a configuration may name. Sources: ARCEP, "Plan national de numérotation
    /// téléphonique" (FR: 10 digits, 01–09); BIPT/IBPT numbering plan (BE: 0 + 8 digits fixed,
    /// 04xx + 7 digits mobile); OFCOM (CH: 0 + 9 digits); Ofcom, "The National Telephone Numbering
    /// Plan" (GB: 0 + 9 or 10 digits); Luxembourg's ILR plan has no trunk prefix and is left out.
    static let all: [NationalPhonePlan] = [
        NationalPhonePlan(callingCode: "33", lengths: 10...10),
        NationalPhonePlan(callingCode: "32", lengths: 9...10),
        NationalPhonePlan(callingCode: "41", lengths: 10...10),
        NationalPhonePlan(callingCode: "44", lengths: 10...11),
    ]

    /// The plan of `callingCode` (`33`, `+33` or `0033`), `nil` when none is known.
    public static func named(_ callingCode: String) -> NationalPhonePlan? {
        var code = Substring(callingCode)
        if code.hasPrefix("+") {
            code = code.dropFirst()
        } else if code.hasPrefix("00") {
            code = code.dropFirst(2)
        }
        return all.first { $0.callingCode == code }
    }

    /// The calling codes `named(_:)` knows, for the message of a configuration error.
    public static var known: String { all.map(\.callingCode).joined(separator: ", ") }

    /// The E.164 digits (without `+`) of national `digits` (`0612345678` → `33612345678`), `nil`
    /// when they are not a national number of this plan (no trunk `0`, a `0` after it, a wrong length).
    func international(_ digits: ArraySlice<UInt8>) -> [UInt8]? {
        guard lengths.contains(digits.count), digits.first == 0, let second = digits.dropFirst().first, second != 0
        else { return nil }
        return callingCode.utf8.map { $0 - UInt8(ascii: "0") } + digits.dropFirst()
    }

    /// Whether international `digits` (calling code first) write this country's trunk `0` after its
    /// calling code (`+33 06 12 34 56 78`, a common slip): the `0` is then dropped.
    func hasTrunkAfterCallingCode(_ digits: [UInt8]) -> Bool {
        let code = callingCode.utf8.map { $0 - UInt8(ascii: "0") }
        guard digits.count == code.count + lengths.upperBound, digits.starts(with: code) else { return false }
        return digits[code.count] == 0
    }
}
