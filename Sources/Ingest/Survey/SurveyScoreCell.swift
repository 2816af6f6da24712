import VerbatimModel

/// Reads one score cell and checks it against its scale.
enum SurveyScoreCell {
    enum Outcome: Equatable {
        case value(Int)
        case empty
        case invalid(String)
    }

    /// The integer a cell starts with: `9`, `9.0`, `10 - Extrêmement probable`, `"7 (très facile)"`.
    /// A cell such as `9,5` or `abc` has none.
    static func leadingInteger(_ cell: String) -> Int? {
        var value = 0
        var digits = 0
        var rest = Substring(cell)
        while let character = rest.first, character.isASCII, let digit = character.wholeNumberValue {
            guard digits < 6 else { return nil }
            value = value * 10 + digit
            digits += 1
            rest = rest.dropFirst()
        }
        guard digits > 0 else { return nil }
        if rest.hasPrefix(".0") || rest.hasPrefix(",0") { rest = rest.dropFirst(2) }
        while rest.first == "0" { rest = rest.dropFirst() }
        guard let next = rest.first else { return value }
        // A label after the number is fine; more digits or a decimal part are not an integer.
        return next == " " || next == "-" || next == "(" || next == "=" || next == "\u{00A0}" ? value : nil
    }

    static func read(_ cell: String, scale: ClosedRange<Int>, name: String) -> Outcome {
        let trimmed = SchemaOrgReviewCollector.trim(cell)
        if trimmed.isEmpty { return .empty }
        guard let value = leadingInteger(trimmed) else {
            return .invalid("\(name) value \"\(Finding.excerpt(trimmed))\" is not a whole number")
        }
        guard scale.contains(value) else {
            return .invalid(
                "\(name) value \"\(Finding.excerpt(trimmed))\" outside \(scale.lowerBound)–\(scale.upperBound)")
        }
        return .value(value)
    }
}
