/// How a CSV file is spelled, for the program that will open it.
///
/// French Excel is the default: it splits on `;` (the comma is the decimal separator in a French
/// locale), needs a UTF-8 byte-order mark to read accents, and writes CRLF. `rfc4180` is for
/// pipelines and scripts (`,`, no BOM, LF, decimal point). See README, "CSV dialects".
public struct CSVDialect: Sendable, Hashable {
    /// Field separator.
    public var separator: Character
    /// Decimal separator for numbers.
    public var decimalSeparator: Character
    /// Record terminator.
    public var lineEnding: String
    /// Whether the file starts with a UTF-8 byte-order mark.
    public var byteOrderMark: Bool
    /// The dialect's name as given on the command line.
    public var name: String

    /// `;`, decimal comma, CRLF, UTF-8 BOM: opens correctly in Excel with a French locale.
    public static let excelFR = CSVDialect(
        separator: ";", decimalSeparator: ",", lineEnding: "\r\n", byteOrderMark: true, name: "excel-fr")
    /// `,`, decimal point, LF, no BOM (RFC 4180 apart from its CRLF, which Unix tools dislike).
    public static let rfc4180 = CSVDialect(
        separator: ",", decimalSeparator: ".", lineEnding: "\n", byteOrderMark: false, name: "rfc4180")

    /// Every dialect by name.
    public static let all: [CSVDialect] = [.excelFR, .rfc4180]

    /// The dialect called `name`, if any.
    public static func named(_ name: String) -> CSVDialect? { all.first { $0.name == name } }
}
