import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// A date that is not on the calendar is no date: never moved to the next real day or century.
@Suite("Dates that are not on the calendar")
struct CalendarDateTests {
    @Test(
        "A day beyond its month's length, or a year typed with leading zeros, is no date (not 2 March, not 2001)",
        arguments: [
            "2026-02-30", "30/02/2026", "31/04/2025", "2025-02-29", "-000001-01-01", "0025-01-01", "30 février 2026",
        ])
    func impossibleDates(text: String) {
        #expect(LooseDate.parse(text) == nil)
        #expect(ChatTimestamp.iso8601(text) == nil)
    }

    @Test(
        "Leap days and the last day of each month stay dates",
        arguments: ["2024-02-29", "2000-02-29", "2025-04-30", "31/12/25"])
    func realDates(text: String) {
        #expect(LooseDate.parse(text) != nil)
    }

    @Test("A chat message dated 30 February keeps its text and gets no date")
    func chatMessage() {
        let json = #"[{"sender": "Client", "text": "Colis perdu.", "timestamp": "2026-02-30T10:00:00Z"}]"#
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
        #expect(output.verbatims.first?.text == "Colis perdu.")
        #expect(output.verbatims.first?.date == nil)
    }
}
