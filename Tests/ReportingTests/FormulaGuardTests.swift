import Foundation
import PropertyBased
import Testing
import VerbatimModel

@testable import Reporting

/// A report cell is never evaluated by the spreadsheet that opens it, however its formula is
/// disguised (OWASP "CSV Injection").
@Suite struct FormulaGuardTests {
    static let triggers: [Character] = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]
    static let skippable: [Character] = [
        " ", "\"", "'", "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00A0}",
    ]

    /// The field as a spreadsheet reads it: without the CSV quotes around it.
    static func unquoted(_ field: String) -> String {
        field.hasPrefix("\"") && field.hasSuffix("\"") ? String(field.dropFirst().dropLast()) : field
    }

    /// Whether the field's first code point is the guard (a zero-width joiner after it would make
    /// `hasPrefix` on characters miss it; spreadsheets read code points).
    static func guarded(_ field: String) -> Bool { unquoted(field).unicodeScalars.first == "'" }

    @Test(arguments: [
        "\"=HYPERLINK(\"http://x\")", "\u{FEFF}=1+1", "\u{200B}=cmd", "  =1+1", "'=1", "\u{FF1D}SUM(A1)", "\u{FF0B}1",
        "\u{FF0D}1", "\u{FF20}SUM(A1)", "\u{2060}\u{200D}@x", "-3", "\nfoo", " =cmd|'/C calc'!A0.eml",
    ])
    func guardsFormulaLookAlikes(cell: String) {
        for dialect in CSVDialect.all {
            let field = CSVEncoder(dialect: dialect).field(.text(cell))
            #expect(Self.guarded(field), "\(dialect.name) left \(cell.debugDescription) live")
        }
    }

    @Test(arguments: ["livraison", "3 jours", "\"très bien\"", " bonjour", "'ok'", "12,5 %", "é=mc²", "a-b"])
    func leavesOrdinaryTextAlone(cell: String) {
        let field = Self.unquoted(CSVEncoder(dialect: .rfc4180).field(.text(cell)))
        #expect(!field.hasPrefix("'") || cell.hasPrefix("'"))
        #expect(field.replacingOccurrences(of: "\"\"", with: "\"") == cell)
    }

    @Test func anyTriggerAfterAnyInvisiblePrefixIsGuarded() async {
        let prefix = Gen<Character?>.element(of: Self.skippable).map { $0 ?? " " }.array(of: 0...6)
        let trigger = Gen<Character?>.element(of: Self.triggers).map { $0 ?? "=" }
        let rest = Gen<Character?>.element(of: Array("SUM(A1)!|'\"=; x")).map { $0 ?? "x" }.array(of: 0...10)
        await propertyCheck(count: 400, input: prefix, trigger, rest) { prefix, trigger, rest in
            let cell = String(prefix) + String(trigger) + String(rest)
            #expect(FormulaGuard.needsGuard(cell), "\(cell.debugDescription)")
            for dialect in CSVDialect.all {
                #expect(Self.guarded(CSVEncoder(dialect: dialect).field(.text(cell))))
            }
        }
    }

    @Test func aSourceFileNameStartingWithASpaceAndEqualsIsGuarded() {
        let verbatim = Verbatim(
            source: SourceLocation(path: " =cmd.eml", ordinal: 0, position: ""), channel: .email, text: "Bonjour")
        let record = AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: .neutral, themes: [], signals: [], touchpoint: "other")
        let cells = VerbatimsReport(dialect: .excelFR).cells(for: record)
        let line = CSVEncoder(dialect: .excelFR).record(cells)
        #expect(line.contains(";' =cmd.eml"))
    }

    @Test func numbersStayTypedAndUnaltered() {
        #expect(CSVEncoder(dialect: .excelFR).field(.decimal(-12.5, places: 1)) == "-12,5")
        #expect(CSVEncoder(dialect: .rfc4180).field(.integer(-3)) == "-3")
        #expect(CSVEncoder(dialect: .rfc4180).field(.text("-3")) == "'-3")
    }
}
