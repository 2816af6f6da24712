/// Decides which text cells a spreadsheet could evaluate as a formula (CSV injection).
///
/// OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting
/// with `=`, `+`, `-`, `@`, tab or CR is evaluated by Excel, LibreOffice and Google Sheets; prefix
/// it with `'`. Spreadsheets also skip what a reader cannot see before looking at that first
/// character, so the check looks past leading spaces, quotes, the byte-order mark and other format
/// characters (zero-width space and joiners, word joiner: Unicode category Cf), and treats the
/// fullwidth `＝＋－＠` that Excel reads as their ASCII forms the same way.
enum FormulaGuard {
    /// Characters that start a formula.
    static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Whether `text` must be prefixed with `'` before it is written as a cell.
    static func needsGuard(_ text: String) -> Bool {
        // The common cell starts with a letter or a digit: decided on its first byte.
        guard let first = text.utf8.first else { return false }
        if first >= 0x30 && first < 0x80, !(first == 0x3D || first == 0x40) { return false }
        for scalar in text.unicodeScalars {
            if triggers.contains(scalar) { return true }
            if !isSkipped(scalar) { return false }
        }
        return false
    }

    /// What a spreadsheet does not show before the first visible character: blanks, quotes and
    /// format characters.
    static func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\"", "'": return true
        default:
            let category = scalar.properties.generalCategory
            return category == .format || category == .spaceSeparator
        }
    }
}
