/// Payment card issuers by the leading digits of their numbers (issuer identification number,
/// ISO/IEC 7812-1) and the lengths they issue. Format facts from the issuers' published ranges:
/// Visa, Mastercard (2-series from 2017), American Express, Discover Global Network (which also
/// carries Diners Club International), JCB. French "CB" cards are co-branded Visa or Mastercard.
struct CardIssuer: Sendable {
    var name: String
    /// Ranges of leading digits, each as (first, last) with as many digits as they show.
    var ranges: [(first: Int, last: Int, digits: Int)]
    var lengths: ClosedRange<Int>

    static let all: [CardIssuer] = [
        CardIssuer(name: "Visa", ranges: [(4, 4, 1)], lengths: 13...19),
        CardIssuer(name: "Mastercard", ranges: [(51, 55, 2), (2221, 2720, 4)], lengths: 16...16),
        CardIssuer(name: "American Express", ranges: [(34, 34, 2), (37, 37, 2)], lengths: 15...15),
        CardIssuer(name: "Discover", ranges: [(6011, 6011, 4), (644, 649, 3), (65, 65, 2)], lengths: 16...19),
        CardIssuer(name: "JCB", ranges: [(3528, 3589, 4)], lengths: 16...19),
        CardIssuer(name: "Diners Club", ranges: [(300, 305, 3), (36, 36, 2), (38, 38, 2)], lengths: 14...19),
    ]

    /// Whether `digits` starts with one of this issuer's ranges and has a length it issues.
    func issued(_ digits: ArraySlice<Int>) -> Bool {
        guard lengths.contains(digits.count) else { return false }
        return ranges.contains { range in
            var prefix = 0
            for digit in digits.prefix(range.digits) { prefix = prefix * 10 + digit }
            return digits.count >= range.digits && (range.first...range.last).contains(prefix)
        }
    }

    /// Whether any known issuer issues `digits`.
    static func known(_ digits: ArraySlice<Int>) -> Bool { all.contains { $0.issued(digits) } }

    /// The Luhn (mod 10) check of ISO/IEC 7812-1.
    static func luhnValid(_ digits: ArraySlice<Int>) -> Bool {
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

    /// Card numbers are 12 (some Maestro) to 19 digits long (ISO/IEC 7812-1).
    static let lengths = 12...19
}
