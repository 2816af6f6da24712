import Foundation

/// Spells typed cells as one CSV record in a dialect.
///
/// Text cells are quoted when they contain the separator, a quote, CR or LF, and a text cell that
/// starts with `=`, `+`, `-`, `@`, tab, CR or LF, or their fullwidth forms, even after leading
/// blanks, quotes or invisible format characters, gets a leading apostrophe so that a spreadsheet
/// shows it as text instead of evaluating it (`FormulaGuard`, OWASP "CSV Injection"). Numbers are
/// never neutralised: they are typed, so `-0,42` stays a number.
public struct CSVEncoder: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect) {
        self.dialect = dialect
    }

    /// One record, terminated by the dialect's line ending.
    public func record(_ cells: [CSVCell]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(dialect.separator) }
            line += field(cell)
        }
        line += dialect.lineEnding
        return line
    }

    /// A header record from column names.
    public func header(_ names: [String]) -> String { record(names.map(CSVCell.text)) }

    /// One field, quoted and neutralised as needed.
    public func field(_ cell: CSVCell) -> String {
        switch cell {
        case .empty:
            return ""
        case .integer(let value):
            return String(value)
        case .decimal(let value, let places):
            return number(value, places: places)
        case .text(let raw):
            return text(raw)
        }
    }

    /// A text field: one pass over the UTF-8 bytes decides whether it needs a formula guard or quotes,
    /// so the common plain cell is returned as is (this runs for every cell of every row).
    func text(_ raw: String) -> String {
        let separator = dialect.separator.asciiValue ?? UInt8(ascii: ";")
        var needsQuotes = false
        var hasQuote = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                needsQuotes = true
                hasQuote = true
            case separator, UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                needsQuotes = true
            default:
                break
            }
            if hasQuote { break }
        }
        let guarded = FormulaGuard.needsGuard(raw)
        if !needsQuotes && !guarded { return raw }
        var value = guarded ? "'" + raw : raw
        if hasQuote { value = value.replacingOccurrences(of: "\"", with: "\"\"") }
        return needsQuotes ? "\"" + value + "\"" : value
    }

    /// A fixed-point number with the dialect's decimal separator; `-0` is written `0`.
    public func number(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        var scaled = (value * scale).rounded()
        if scaled == 0 { scaled = 0 }  // no "-0"
        let negative = scaled < 0
        // A value no report should hold (NaN, infinite, beyond 64 bits) is an empty cell, not a trap.
        guard let magnitude = Int64(exactly: abs(scaled)), let divisor = Int64(exactly: scale) else { return "" }
        var text = negative ? "-" : ""
        text += String(magnitude / divisor)
        if places > 0 {
            let fraction = String(magnitude % divisor)
            text.append(dialect.decimalSeparator)
            text += String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }
}
