public import Foundation
import VerbatimModel

/// ISO 8601 UTC timestamps (`2026-11-18T10:02:00Z`) without a formatter object per call.
///
/// Uses the days-to-civil conversion of Howard Hinnant's `chrono`-compatible date algorithms
/// (`PlausibleDateRange.civil(of:)`), exact for the proleptic Gregorian calendar, cheap, no locale.
///
/// Never traps, whatever the `Date`: an instant whose whole seconds do not fit in 64 bits (NaN,
/// ±infinity, 1e300 s) has no calendar form and gives an empty string, the same empty cell as an
/// unknown date. Ingestion keeps only dates of 1990–2100, so this is a last line of defence.
public enum ISODate {
    /// `date` in UTC to the second; empty for an instant without a calendar form (see above).
    public static func format(_ date: Date) -> String {
        guard let (civil, secondOfDay) = PlausibleDateRange.civil(of: date) else { return "" }
        if (0...9999).contains(civil.year) { return fixedWidth(civil, secondOfDay: secondOfDay) }
        let pad = PlausibleDateRange.padded
        let time = "\(pad(secondOfDay / 3600, 2)):\(pad((secondOfDay % 3600) / 60, 2)):\(pad(secondOfDay % 60, 2))"
        return "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))T\(time)Z"
    }

    /// The timestamp of a four-digit year (every date ingestion keeps), its 20 ASCII bytes written
    /// one by one: the general form builds and pads six strings, for every row (issue 17 profile).
    private static func fixedWidth(
        _ civil: (year: Int64, month: Int64, day: Int64), secondOfDay: Int64
    ) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func put(_ value: Int64, width: Int) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
                divisor /= 10
            }
        }
        put(civil.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        put(civil.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        put(civil.day, width: 2)
        bytes.append(UInt8(ascii: "T"))
        put(secondOfDay / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        put(secondOfDay % 3600 / 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        put(secondOfDay % 60, width: 2)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `date` in UTC as a calendar day (`2026-11-18`); empty for an instant without a calendar form.
    public static func day(_ date: Date) -> String { PlausibleDateRange.civilDay(of: date) ?? "" }
}
