import Foundation

/// Reads the timestamps of chat exports: ISO 8601 strings (`2026-11-22T10:02:15Z`,
/// `2026-11-22 10:02:15.123+01:00`) and Unix epochs in seconds or milliseconds.
enum ChatTimestamp {
    /// The instant `value` names, `nil` when it is none of the accepted forms.
    static func date(from value: Any) -> Date? {
        if let number = value as? NSNumber, !(value is String) {
            let raw = number.doubleValue
            guard raw.isFinite, raw > 0 else { return nil }
            // Milliseconds since 1970 are above 10^11 for any date after 1973.
            return Date(timeIntervalSince1970: raw > 100_000_000_000 ? raw / 1_000 : raw)
        }
        guard let string = value as? String else { return nil }
        if let epoch = Double(string), epoch > 0 {
            return Date(timeIntervalSince1970: epoch > 100_000_000_000 ? epoch / 1_000 : epoch)
        }
        return iso8601(string)
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
