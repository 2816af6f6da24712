import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Issue 14, e-mail edge cases: inline named bodies, malformed header lines, headers without the
/// blank line, embedded messages and digests, dates without seconds, `format=flowed`.
@Suite("Email: edge cases of real exports")
struct EmailEdgeCaseTests {
    private func read(_ text: String, path: String = "m.eml") -> IngestOutput {
        EmlReader.read(Array(text.utf8), path: path, options: shopOptions)
    }

    @Test(
        "A Date without seconds keeps its minutes; obsolete and exporters' forms are read (RFC 5322 §4.3)",
        arguments: [
            ("Tue, 3 Mar 2026 14:05 +0100", 2026, 3, 3, 13, 5),
            ("3 Mar 2026 14:05 GMT", 2026, 3, 3, 14, 5),
            ("Tue, 03 Mar 26 14:05 EST", 2026, 3, 3, 19, 5),
            ("03 Mar 2026 14:05 CET (heure de Paris)", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 14:05:00 +01:00", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 2:05 PM +0100", 2026, 3, 3, 13, 5),
            ("Tue, 3 Mar 2026 12:05 a.m. +0000", 2026, 3, 3, 0, 5),
            ("Tue, 3 Mar 2026 14:05 (09:00 ailleurs) -0000", 2026, 3, 3, 14, 5),
        ])
    func datesWithoutSeconds(raw: String, year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        #expect(MailDateParser.parse(raw) == CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    @Test("An unreadable Date stays a warning and the message is kept undated")
    func unreadableDate() {
        let output = read("From: a@example.com\nDate: demain matin\n\nToujours rien.\n")
        #expect(output.verbatims.first?.date == nil)
        #expect(output.verbatims.first?.text == "Toujours rien.")
        #expect(output.findings.map(\.severity) == [.warning])
    }
}
