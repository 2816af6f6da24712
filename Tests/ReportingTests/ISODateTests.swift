import Foundation
import Testing

@testable import Reporting

/// `ISODate` writes every date column of the reports: it must never trap, whatever the `Date`.
@Suite struct ISODateTests {
    @Test(
        "Calendar dates to the second, in UTC",
        arguments: [
            (1_795_341_735.0, "2026-11-22T10:02:15Z"), (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"),
            (951_782_400, "2000-02-29T00:00:00Z"), (1_733_000_000_000_000, "54918553-10-31T08:53:20Z"),
            (-62_167_219_201, "-0001-12-31T23:59:59Z"), (-62_167_219_200, "0000-01-01T00:00:00Z"),
            (4_086_925_687, "2099-07-05T09:08:07Z"), (253_402_300_799, "9999-12-31T23:59:59Z"),
            (253_402_300_800, "10000-01-01T00:00:00Z"),
        ])
    func formats(seconds: Double, text: String) {
        #expect(ISODate.format(Date(timeIntervalSince1970: seconds)) == text)
        #expect(ISODate.day(Date(timeIntervalSince1970: seconds)) == String(text.prefix(while: { $0 != "T" })))
    }

    @Test(
        "An instant without a calendar form is an empty cell, not a trap",
        arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300, 1e19, 9.3e18])
    func noCalendarForm(seconds: Double) {
        #expect(ISODate.format(Date(timeIntervalSince1970: seconds)) == "")
        #expect(ISODate.day(Date(timeIntervalSince1970: seconds)) == "")
    }
}
