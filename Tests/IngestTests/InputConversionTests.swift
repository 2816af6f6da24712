import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Every numeric conversion of input data is checked: a huge, infinite or non-numeric value is a
/// warning and the record keeps what is sound, never a trap that kills the night.
@Suite("Numbers from input never trap")
struct InputConversionTests {
    private func chat(time: String) -> IngestOutput {
        let json = #"[{"sender": "Client", "text": "Colis abîmé.", "timestamp": \#(time)}]"#
        return Ingestor.read(Array(json.utf8), format: .chatJSON, path: "chats/c.json", options: shopOptions)
    }

    @Test(
        "A chat timestamp out of any calendar keeps the message, undated, with a warning",
        arguments: ["1e30", "\"Infinity\"", "-1e30", "1e308", "\"-Infinity\"", "12345678901234567890123", "-5", "1"])
    func hostileChatTimestamp(time: String) throws {
        let output = chat(time: time)
        #expect(output.verbatims.map(\.text) == ["Colis abîmé."])
        #expect(output.verbatims.first?.date == nil)
        let finding = try #require(output.findings.first)
        #expect(finding.severity == .warning && finding.position == "message 1" && finding.source == "chats/c.json")
        #expect(finding.reason.hasPrefix("date ") && finding.reason.hasSuffix("outside 1990–2100, ignored"))
    }

    @Test("Not a number and zero are no date at all, without a warning", arguments: ["\"NaN\"", "0", "\"nope\""])
    func placeholderTimestamps(time: String) {
        let output = chat(time: time)
        #expect(output.verbatims.count == 1 && output.verbatims.first?.date == nil)
        #expect(output.findings.isEmpty)
    }

    /// 2026-11-22T10:02:15Z in every unit an export writes epochs in.
    @Test(
        "An epoch in seconds, milliseconds, microseconds or nanoseconds names the same instant",
        arguments: [
            "1795341735", "1795341735000", "1795341735000000", "1795341735000000000", "\"1795341735000000000\"",
        ])
    func epochUnits(time: String) {
        let output = chat(time: time)
        #expect(output.verbatims.first?.date == Date(timeIntervalSince1970: 1_795_341_735))
        #expect(output.findings.isEmpty)
    }

    @Test(
        "A review rating on a huge or infinite scale is a warning; the review keeps its text",
        arguments: [
            ("4", "12345678901234567890", "1"), ("4", String(repeating: "9", count: 400), ""),
            (String(repeating: "9", count: 400), "", ""), ("4", "5", String(repeating: "9", count: 400)),
            ("3", "", "12345678901234567890"),
        ])
    func hostileRating(value: String, best: String, worst: String) throws {
        guard case .invalid(let reason) = ReviewRating.normalise(value: value, best: best, worst: worst) else {
            Issue.record("\(value) on \(worst)…\(best) was accepted")
            return
        }
        #expect(reason.hasPrefix("rating"))
        let html = """
            <html><head><script type="application/ld+json">
            {"@type": "Review", "reviewBody": "Livraison rapide.", "reviewRating": {"ratingValue": "\(value)", "bestRating": "\(best)", "worstRating": "\(worst)"}}
            </script></head><body></body></html>
            """
        let output = Ingestor.read(Array(html.utf8), format: .reviewHTML, path: "r.html", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Livraison rapide."])
        #expect(output.verbatims.first?.scores.rating == nil)
        #expect(output.findings.map(\.severity) == [.warning])
        #expect(output.findings.first?.position == "review 1")
    }

    @Test("A JSON-LD bestRating of 20 digits as a number is a warning too")
    func numericBestRating() {
        let html = """
            <script type="application/ld+json">{"@type": "Review", "reviewBody": "Bien.", "reviewRating": {"ratingValue": 4, "bestRating": 12345678901234567890}}</script>
            """
        let output = Ingestor.read(Array(html.utf8), format: .reviewHTML, path: "r.html", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Bien."])
        #expect(output.verbatims.first?.scores.rating == nil)
        #expect(output.findings.map(\.severity) == [.warning])
    }

    @Test(
        "Rating scale bounds are written as numbers, never trapping",
        arguments: [
            (5.0, "5"), (4.5, "4.5"), (1.2345678901234567e19, "1.2345678901234567e+19"), (Double.infinity, "inf"),
        ])
    func ratingFormat(value: Double, shown: String) {
        #expect(ReviewRating.format(value) == shown)
    }

    @Test(
        "A mail Date header with a 20-digit or absurd year gives no date and no trap",
        arguments: [
            "1 Jan 99999999999999999999 10:00:00 +0000", "Mon, 12 Jan 9223372036854775807 10:00 +0100",
            "31 Dec 99 99999999999999999999:00:00 GMT", "1 Jan 2026 10:00:00 -9999",
        ])
    func hostileMailDate(header: String) throws {
        _ = MailDateParser.parse(header)
        let mail = "From: client@example.org\nDate: \(header)\nSubject: Colis\n\nMon colis est abîmé.\n"
        let output = Ingestor.read(Array(mail.utf8), format: .eml, path: "m.eml", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Mon colis est abîmé."])
        let verbatim = try #require(output.verbatims.first)
        if let date = verbatim.date {
            #expect(PlausibleDateRange.contains(date) && output.findings.isEmpty)
        } else {
            #expect(output.findings.map(\.severity) == [.warning])
            #expect(output.findings.first?.reason.hasPrefix("unreadable Date header") == true)
        }
    }

    @Test("A time zone offset beyond ±48 hours is no zone")
    func hugeOffset() {
        #expect(CivilTime.date(year: 2026, month: 1, day: 1, offsetSeconds: 49 * 3_600) == nil)
        #expect(CivilTime.date(year: 2026, month: 1, day: 1, offsetSeconds: Int.min) == nil)
        #expect(
            CivilTime.date(year: 2026, month: 1, day: 1, offsetSeconds: 3_600)
                == Date(timeIntervalSince1970: 1_767_222_000))
    }

    @Test(
        "Survey scores and dates with endless digits are warnings, the comment is kept",
        arguments: [
            ("99999999999999999999999", "2026-11-22"), ("7", "99999999999999/99999999999/2026"), ("7", "1985-03-02"),
        ])
    func hostileSurveyCells(nps: String, date: String) throws {
        var csv = "Date,NPS (0-10),Commentaire\n"
        for day in 10...15 { csv += "2026-11-\(day),\(day - 5),Bon accueil\n" }
        csv += "\(date),\(nps),Livraison en retard\n"
        let output = Ingestor.read(Array(csv.utf8), format: .survey, path: "s.csv", options: shopOptions)
        let last = try #require(output.verbatims.last)
        #expect(output.verbatims.count == 7 && last.text == "Livraison en retard")
        #expect(last.date == nil || last.scores.nps == nil)
        #expect(
            output.verbatims.allSatisfy {
                ($0.scores.nps ?? 0) <= 10 && $0.date.map(PlausibleDateRange.contains) != false
            })
        #expect(output.findings.map(\.severity) == [.warning])
        #expect(output.findings.first?.position.hasPrefix("row 8") == true)
    }
}
