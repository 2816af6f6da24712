import Foundation
import Testing

@testable import Reporting

/// Writes cells with the report writer and reads them back with an independent RFC 4180 reader:
/// what an analyst opens is what Verbatim meant.
@Suite struct CSVRoundTripTests {
    static let rows: [[String]] = [
        ["id", "text"],
        ["1", "Livraison rapide; mais lampe cassée"],
        ["2", "Il a dit \"on vous rappelle\"\net puis rien"],
        ["3", "plain"],
        ["4", "Crème brûlée, “guillemets” et emoji 😡"],
    ]

    @Test(arguments: [CSVDialect.excelFR, .rfc4180])
    func writtenTextReadsBackIdentically(dialect: CSVDialect) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbatim-rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("out.csv")
        let writer = try CSVReportWriter(destination: url, dialect: dialect, columns: Self.rows[0])
        for row in Self.rows.dropFirst() { try writer.append(row.map(CSVCell.text)) }
        try writer.commit()

        var bytes = [UInt8](try Data(contentsOf: url))
        if dialect.byteOrderMark {
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            bytes.removeFirst(3)
        }
        let parsed = Self.parse(String(decoding: bytes, as: UTF8.self), separator: dialect.separator)
        #expect(parsed == Self.rows)
    }

    /// A minimal RFC 4180 reader for the test (quotes, doubled quotes, CRLF or LF).
    static func parse(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == separator {
                row.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
