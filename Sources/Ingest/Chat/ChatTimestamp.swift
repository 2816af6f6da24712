import Foundation
import VerbatimModel

/// Reads the timestamps of chat exports: ISO 8601 strings (`2026-11-22T10:02:15Z`,
/// `2026-11-22 10:02:15.123+01:00`) and Unix epochs in seconds, milliseconds, microseconds or
/// nanoseconds.
enum ChatTimestamp {
    /// The instant `value` names, `nil` when it is none of the accepted forms. An epoch may name an
    /// instant outside 1990–2100 (or an infinite one, `1e400`, `"Infinity"`): ingestion rejects it
    /// with a reason (`PlausibleDateRange`), nothing here traps on it.
    static func date(from value: Any) -> Date? {
        if let number = value as? NSNumber, !(value is String) {
            return epoch(number.doubleValue)
        }
        guard let string = value as? String else { return nil }
        if let number = Double(string) {
            return epoch(number)
        }
        return iso8601(string)
    }

    /// Seconds, milliseconds, microseconds and nanoseconds since 1970 name a 1990–2100 instant in
    /// four disjoint magnitude bands (6.3e8…4.1e9, 6.3e11…4.1e12, 6.3e14…4.1e15, 6.3e17…4.1e18),
    /// so the unit is the one whose band holds the value. Outside every band the value is read as
    /// before the finer units were known (seconds up to 1e11, milliseconds above), and the
    /// range check says why it is dropped. `0` and NaN are placeholders: no date.
    static func epoch(_ raw: Double) -> Date? {
        guard !raw.isNaN, raw != 0 else { return nil }
        for scale in [1.0, 1e3, 1e6, 1e9] {
            let seconds = raw / scale
            if seconds >= PlausibleDateRange.lowerBound, seconds < PlausibleDateRange.upperBound {
                return Date(timeIntervalSince1970: seconds)
            }
        }
        return Date(timeIntervalSince1970: raw > 100_000_000_000 ? raw / 1_000 : raw)
    }

    /// ISO 8601 date and time; no zone means UTC.
    static func iso8601(_ string: String) -> Date? {
        let bytes = Array(string.utf8)
        var p = 0
        func number(_ digits: Int) -> Int? {
            guard p + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[p + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            p += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard p < bytes.count, bytes[p] == byte else { return false }
            p += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
            let day = number(2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var offset = 0
        if p < bytes.count, bytes[p] == UInt8(ascii: "T") || bytes[p] == UInt8(ascii: " ") {
            p += 1
            guard let h = number(2), expect(UInt8(ascii: ":")), let m = number(2) else { return nil }
            hour = h
            minute = m
            if expect(UInt8(ascii: ":")), let s = number(2) { second = s }
            if p < bytes.count, bytes[p] == UInt8(ascii: ".") || bytes[p] == UInt8(ascii: ",") {
                p += 1
                while p < bytes.count, bytes[p] >= 0x30, bytes[p] <= 0x39 { p += 1 }
            }
            if p < bytes.count, bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-") {
                let sign = bytes[p] == UInt8(ascii: "-") ? -1 : 1
                p += 1
                if let zh = number(2) {
                    _ = expect(UInt8(ascii: ":"))
                    let zm = number(2) ?? 0
                    offset = sign * (zh * 3_600 + zm * 60)
                }
            }
        }
        return CivilTime.date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }
}
