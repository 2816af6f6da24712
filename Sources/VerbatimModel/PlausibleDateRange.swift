public import Foundation

/// The dates a verbatim may carry: 1990-01-01 to 2100-12-31 (UTC), both days included.
///
/// Anything outside is a misread (a nanosecond epoch taken for milliseconds, a year typed `20025`,
/// a placeholder such as `0` or `9999-12-31`) and would put a verbatim in a trend window it does not
/// belong to. Ingestion drops such a date with a warning; the verbatim keeps its text.
public enum PlausibleDateRange {
    /// 1990-01-01T00:00:00Z, in seconds since 1970.
    public static let lowerBound: TimeInterval = 631_152_000
    /// 2101-01-01T00:00:00Z, in seconds since 1970: the first instant after the range.
    public static let upperBound: TimeInterval = 4_133_980_800

    /// True when `date` lies within 1990–2100 (never for NaN or an infinite date).
    public static func contains(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds >= lowerBound && seconds < upperBound
    }

    /// Why `date` is dropped, `nil` when it is plausible: `date 54936299-03-02 outside 1990–2100, ignored`.
    public static func rejection(of date: Date) -> String? {
        guard !contains(date) else { return nil }
        let seconds = date.timeIntervalSince1970
        let shown: String
        if let day = civilDay(of: date) {
            shown = day
        } else if seconds.isNaN {
            shown = "NaN"
        } else {
            shown = "\(seconds) s from 1970"
        }
        return "date \(shown) outside 1990–2100, ignored"
    }

    /// Drops every implausible date from `output`'s verbatims, each with a warning finding at the
    /// verbatim's position; the verbatims themselves are kept, undated. Ingestion passes every
    /// reader's output through here, so that no reader can forget the range.
    public static func screen(_ output: inout IngestOutput) {
        for index in output.verbatims.indices {
            guard let date = output.verbatims[index].date, let reason = rejection(of: date) else { continue }
            output.verbatims[index].date = nil
            let source = output.verbatims[index].source
            output.findings.append(
                Finding(
                    source: source.path, position: source.position, reason: reason, severity: .warning,
                    ordinal: source.ordinal))
        }
    }

    /// `yyyy-mm-dd` of `date` in UTC, for any instant whose whole seconds fit in 64 bits (a year
    /// with more than four digits is written out, a year before 1 with its sign); `nil` for NaN,
    /// infinite and larger instants, which have no calendar day.
    public static func civilDay(of date: Date) -> String? {
        guard let (year, month, day) = civil(of: date)?.day else { return nil }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The UTC calendar day and second of the day of `date`, `nil` when `date` has none (see `civilDay(of:)`).
    public static func civil(of date: Date) -> (day: (year: Int64, month: Int64, day: Int64), secondOfDay: Int64)? {
        // `Int64(exactly:)` instead of `Int64(_:)`: a NaN, infinite or 1e300 date must not trap.
        guard let seconds = Int64(exactly: date.timeIntervalSince1970.rounded(.down)) else { return nil }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        return (civil(fromDays: days), secondOfDay)
    }

    /// Year, month, day of the day `days` after 1970-01-01, in the proleptic Gregorian calendar
    /// (H. Hinnant, "chrono-compatible low-level date algorithms", `civil_from_days`). Exact and
    /// overflow-free for every `days` that 64-bit seconds can reach (|days| < 1.1e14).
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// `value` with leading zeros to `width` digits; a negative value keeps its sign in front.
    public static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = digits.count >= width ? "" : String(repeating: "0", count: width - digits.count)
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
