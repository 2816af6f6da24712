/// The national forms of phone numbers in the countries Verbatim's users sell to, as the
/// regulators publish them: which leading digits a number has and how many digits it has in all,
/// as dialled inside the country. Format facts, not linguistic data.
///
/// The lengths include the trunk prefix `0` where the country has one. Where a plan allows shorter
/// numbers than listed (old German and Italian fixed lines), the short ones are left out on
/// purpose: they look like the amounts, dates and references customers also write.
struct PhoneNumberingPlan: Sendable {
    /// One kind of number: the digits it starts with and its lengths.
    struct Pattern: Sendable {
        /// Leading digits, as a string of digits; any of them.
        var prefixes: [String]
        var lengths: ClosedRange<Int>
    }

    /// ISO 3166-1 alpha-2 code.
    var country: String
    /// Whether national numbers start with a trunk `0` (false: the bare number is dialled, ES and
    /// Italian mobiles, and such a number needs more evidence to be masked).
    var trunk: Bool
    var patterns: [Pattern]

    /// Every plan, with its source.
    static let all: [PhoneNumberingPlan] = [
        // ARCEP, "Plan national de numérotation téléphonique": 10 digits, 01–05 geographic,
        // 06–07 mobile, 08 special rate, 09 non-geographic.
        PhoneNumberingPlan(
            country: "FR", trunk: true,
            patterns: [
                Pattern(prefixes: ["01", "02", "03", "04", "05", "06", "07", "08", "09"], lengths: 10...10)
            ]),
        // Ofcom, "The National Telephone Numbering Plan": 0 + 10 digits, a few 01 areas and 08
        // numbers 0 + 9 digits; 01/02 geographic, 03 non-geographic, 07 mobile, 08 special, 05 corporate.
        PhoneNumberingPlan(
            country: "GB", trunk: true,
            patterns: [
                Pattern(prefixes: ["01", "02", "03", "05", "07", "08", "09"], lengths: 11...11),
                Pattern(prefixes: ["01", "08"], lengths: 10...10),
            ]),
        // BIPT/IBPT, Belgian numbering plan: fixed 0 + 8 digits, mobile 045–049 + 7 digits.
        PhoneNumberingPlan(
            country: "BE", trunk: true,
            patterns: [
                Pattern(prefixes: ["01", "02", "03", "05", "06", "07", "08", "09"], lengths: 9...9),
                Pattern(prefixes: ["045", "046", "047", "048", "049"], lengths: 10...10),
            ]),
        // OFCOM (Switzerland), E.164 numbering plan: 0 + 9 digits; 07x mobile.
        PhoneNumberingPlan(
            country: "CH", trunk: true,
            patterns: [
                Pattern(prefixes: ["02", "03", "04", "05", "06", "07", "08", "09"], lengths: 10...10)
            ]),
        // Bundesnetzagentur, "Nummernplan": fixed 0 + area code + subscriber number (10–11 digits
        // in all for most lines), mobile 015x/016x/017x (11–12 digits).
        PhoneNumberingPlan(
            country: "DE", trunk: true,
            patterns: [
                Pattern(prefixes: ["02", "03", "04", "05", "06", "07", "08", "09"], lengths: 10...11),
                Pattern(prefixes: ["015", "016", "017"], lengths: 11...12),
            ]),
        // AGCOM, "Piano di numerazione nazionale": fixed lines keep their 0 (6–11 digits, 9–11
        // here), mobiles 3xx with 10 digits (a few 9).
        PhoneNumberingPlan(
            country: "IT", trunk: true,
            patterns: [
                Pattern(prefixes: ["01", "02", "03", "04", "05", "06", "07", "08", "09"], lengths: 9...11)
            ]),
        PhoneNumberingPlan(country: "IT", trunk: false, patterns: [Pattern(prefixes: ["3"], lengths: 9...10)]),
        // Spain, "Plan nacional de numeración telefónica" (assignments published by the CNMC):
        // 9 digits, no trunk prefix; 6 and 7 mobile, 8 and 9 fixed.
        PhoneNumberingPlan(
            country: "ES", trunk: false,
            patterns: [
                Pattern(prefixes: ["6", "7", "8", "9"], lengths: 9...9)
            ]),
    ]

    /// Whether `digits` is a national number of this plan.
    func matches(_ digits: ArraySlice<Int>) -> Bool {
        patterns.contains { pattern in
            pattern.lengths.contains(digits.count)
                && pattern.prefixes.contains { prefix in
                    prefix.count <= digits.count
                        && zip(prefix, digits).allSatisfy { character, digit in character.wholeNumberValue == digit }
                }
        }
    }

    /// From the shortest international number masked (8 digits: the shortest European numbers with
    /// their country code) to the longest ITU-T E.164 allows, country code included (15).
    static let internationalLengths = 8...15
}
