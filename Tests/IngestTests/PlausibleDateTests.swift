import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Dates outside 1990–2100 are dropped with a reason, whatever the reader; the verbatim stays.
@Suite("Dates outside 1990–2100")
struct PlausibleDateTests {
    @Test(
        "The range holds its first and last day, and nothing around them",
        arguments: [
            (631_152_000.0, true), (4_133_980_799, true), (631_151_999, false), (4_133_980_800, false), (0, false),
            (.nan, false), (.infinity, false), (-.infinity, false),
        ])
    func bounds(seconds: Double, inside: Bool) {
        #expect(PlausibleDateRange.contains(Date(timeIntervalSince1970: seconds)) == inside)
        #expect((PlausibleDateRange.rejection(of: Date(timeIntervalSince1970: seconds)) == nil) == inside)
    }

    @Test(
        "The reason names the day read",
        arguments: [
            (1_733_000_000_000_000.0, "date 54918553-10-31 outside 1990–2100, ignored"),
            (0, "date 1970-01-01 outside 1990–2100, ignored"),
            (.infinity, "date inf s from 1970 outside 1990–2100, ignored"),
        ])
    func reason(seconds: Double, reason: String) {
        #expect(PlausibleDateRange.rejection(of: Date(timeIntervalSince1970: seconds)) == reason)
    }

    @Test(
        "Each reader's implausible date becomes a warning at the record's position",
        arguments: [
            (
                InputFormat.eml,
                "From: a@example.org\nDate: Mon, 1 Jan 1026 10:00:00 +0000\nSubject: x\n\nColis perdu.\n", ""
            ),
            (.chatText, "[01/02/2150 10:02] Client: Colis perdu.\n", "line 1"),
            (
                .chatJSON, #"[{"sender": "Client", "text": "Colis perdu.", "timestamp": "1889-03-02T10:00:00Z"}]"#,
                "message 1"
            ),
            (.survey, "Date,Commentaire\n1985-03-02,Colis perdu.\n2026-11-02,Bien.\n", "row 2"),
            (
                .reviewHTML,
                #"<script type="application/ld+json">{"@type": "Review", "reviewBody": "Colis perdu.", "datePublished": "2199-01-01"}</script>"#,
                "review 1"
            ),
        ])
    func everyReader(format: InputFormat, input: String, position: String) throws {
        let output = Ingestor.read(Array(input.utf8), format: format, path: "in", options: shopOptions)
        let verbatim = try #require(output.verbatims.first)
        #expect(verbatim.text == "Colis perdu.")
        #expect(verbatim.date == nil)
        let finding = try #require(output.findings.first)
        #expect(finding.severity == .warning && finding.source == "in" && finding.position == position)
        #expect(finding.reason.hasSuffix("outside 1990–2100, ignored"))
    }

    @Test("A nanosecond epoch is read as one, not as the year 54936299")
    func nanoseconds() {
        let json = #"[{"sender": "Client", "text": "Colis perdu.", "ts": 1795341735123456789}]"#
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
        let date = output.verbatims.first?.date
        #expect(date.map { abs($0.timeIntervalSince1970 - 1_795_341_735.123) < 0.001 } == true)
        #expect(output.findings.isEmpty)
    }
}
