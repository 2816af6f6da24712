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

    @Test("The reason names the day read", arguments: [
        (1_733_000_000_000_000.0, "date 54918553-10-31 outside 1990–2100, ignored"),
        (0, "date 1970-01-01 outside 1990–2100, ignored"),
        (.infinity, "date inf s from 1970 outside 1990–2100, ignored"),
    ])
    func reason(seconds: Double, reason: String) {
        #expect(PlausibleDateRange.rejection(of: Date(timeIntervalSince1970: seconds)) == reason)
    }

    @Test("Each reader's implausible date becomes a warning at the record's position", arguments: [
        (InputFormat.eml, "From: a@example.org\nDate: Mon, 1 Jan 1026 10:00:00 +0000\nSubject: x\n\nColis perdu.\n", ""),
        (.chatText, "[01/02/2150 10:02] Client: Colis perdu.\n", "line 1"),
        (.chatJSON, #"[{"sender": "Client", "text": "Colis perdu.", "timestamp": "1889-03-02T10:00:00Z"}]"#, "message 1"),
        (.survey, "Date,Commentaire\n1985-03-02,Colis perdu.\n2026-11-02,Bien.\n", "row 2"),
        (.reviewHTML, #"<script type="application/ld+json">{"@type": "Review", "reviewBody": "Colis perdu.", "datePublished": "2199-01-01"}</script>"#, "review 1"),
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

@Suite("Chat times: the plausible one wins")
struct ChatTimeChoiceTests {
    @Test("A time of seconds into the chat gives way to a plausible creation date")
    func plausibleWins() {
        let json = #"[{"sender": "Client", "text": "Colis perdu.", "time": 12, "created_at": "2026-11-22T10:02:15Z"}]"#
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
        #expect(output.verbatims.first?.date == Date(timeIntervalSince1970: 1_795_341_735))
        #expect(output.findings.isEmpty)
    }
}

@Suite("Dates that are not on the calendar")
struct CalendarDateTests {
    @Test(
        "A day beyond its month's length, or a year typed with leading zeros, is no date (not 2 March, not 2001)",
        arguments: ["2026-02-30", "30/02/2026", "31/04/2025", "2025-02-29", "-000001-01-01", "0025-01-01", "30 février 2026"])
    func impossibleDates(text: String) {
        #expect(LooseDate.parse(text) == nil)
        #expect(ChatTimestamp.iso8601(text) == nil)
    }

    @Test("Leap days and the last day of each month stay dates", arguments: ["2024-02-29", "2000-02-29", "2025-04-30", "31/12/25"])
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

@Suite("Long cells are not dates")
struct LongCellDateTests {
    @Test("A cell longer than any written date is no date, even when it starts with one (a survey comment, not a date column)")
    func longCell() {
        let comment = "14/03/2025 " + String(repeating: "livraison en retard ", count: 10)
        #expect(LooseDate.parse(comment) == nil)
        #expect(LooseDate.evidence(comment) == nil)
        #expect(LooseDate.parse("mercredi 14 septembre 2025 09:30:00 +01:00") != nil)
    }
}
