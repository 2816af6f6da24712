import Foundation

/// Converts a calendar date and time of day to a `Date` without `Calendar`, so that ingestion gives the
/// same instant on every machine whatever its time zone or locale.
enum CivilTime {
    /// The instant of `year-month-day hour:minute:second` at UTC offset `offsetSeconds`, or `nil` when a
    /// field is out of range. Years 1000–9999 are read, so that a year typed `1026` or `9999` gives a
    /// date that ingestion rejects with a reason (`PlausibleDateRange`) rather than none at all;
    /// an offset beyond ±48 hours is no zone.
    static func date(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetSeconds: Int = 0
    ) -> Date? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), (0...23).contains(hour),
            (0...59).contains(minute),
            (0...60).contains(second), (1000...9999).contains(year), (-48 * 3_600...48 * 3_600).contains(offsetSeconds)
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + min(second, 59) - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The number of days of `month` (1–12) in `year` of the proleptic Gregorian calendar, so that
    /// `2026-02-30` is no date rather than silently 2 March.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant, "chrono-compatible
    /// low-level date algorithms", `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The month number of an English (or French) month name or its first three letters.
    static func month(named name: Substring) -> Int? {
        let lowered = name.lowered
        guard lowered.count >= 3 else { return nil }
        let prefix = String(lowered.prefix(3))
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let index = months.firstIndex(of: prefix) { return index + 1 }
        // French abbreviations that differ from English (févr., avr., mai, juin, juil., août, déc.).
        switch lowered {
        case "fév", "févr", "févr.", "fev", "fevr", "février", "fevrier": return 2
        case "mars": return 3
        case "avr", "avr.", "avril": return 4
        case "mai": return 5
        case "juin": return 6
        case "juil", "juil.", "juillet": return 7
        case "aoû", "août", "aout": return 8
        case "déc", "déc.", "décembre": return 12
        default: return nil
        }
    }
}
