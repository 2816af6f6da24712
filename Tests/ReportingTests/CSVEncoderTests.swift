import Testing

@testable import Reporting

@Suite struct CSVEncoderTests {
    @Test func excelFrenchUsesSemicolonAndDecimalComma() {
        let encoder = CSVEncoder(dialect: .excelFR)
        let line = encoder.record([.text("livraison"), .decimal(-0.4251, places: 3), .integer(12)])
        #expect(line == "livraison;-0,425;12\r\n")
    }

    @Test func rfc4180UsesCommaAndDecimalPoint() {
        let encoder = CSVEncoder(dialect: .rfc4180)
        let line = encoder.record([.text("delivery"), .decimal(0.5, places: 2), .empty])
        #expect(line == "delivery,0.50,\n")
    }

    @Test(arguments: [CSVDialect.excelFR, .rfc4180])
    func quotesSeparatorsQuotesAndNewlines(dialect: CSVDialect) {
        let encoder = CSVEncoder(dialect: dialect)
        let text = "Il a dit \"jamais\"\(dialect.separator) puis\nrien"
        let field = encoder.field(.text(text))
        #expect(field == "\"Il a dit \"\"jamais\"\"\(dialect.separator) puis\nrien\"")
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+33 6 12", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"])
    func neutralisesFormulaTriggersInText(cell: String) {
        for dialect in CSVDialect.all {
            let field = CSVEncoder(dialect: dialect).field(.text(cell))
            let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
            #expect(unquoted.hasPrefix("'"), "\(dialect.name) left \(cell) live")
        }
    }

    @Test func numbersAreNeverNeutralised() {
        #expect(CSVEncoder(dialect: .excelFR).field(.decimal(-12.5, places: 1)) == "-12,5")
        #expect(CSVEncoder(dialect: .rfc4180).field(.integer(-3)) == "-3")
    }

    @Test(
        "A number no report should hold is an empty cell, not a trap",
        arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e19])
    func unrepresentableNumbersAreEmpty(value: Double) {
        #expect(CSVEncoder(dialect: .excelFR).number(value, places: 3) == "")
    }

    @Test func roundingNeverWritesNegativeZero() {
        #expect(CSVEncoder(dialect: .rfc4180).number(-0.0004, places: 3) == "0.000")
        #expect(CSVEncoder(dialect: .rfc4180).number(-0.0006, places: 3) == "-0.001")
    }
}
