/// Recognises the timestamp and speaker at the start of a chat line, by cursor, for the layouts chat
/// tools and phones export:
///
/// - `[10:02] Name: msg`, `[10:02:15] Name: msg`, `(10:02) Name : msg`, `( 10:02 ) Name : msg`
/// - `10:02 Name: msg`
/// - `[22/11/2026 10:02:15] Name: msg`, `[2026-11-22 10:02:15] Name: msg`
/// - WhatsApp: `22/11/2026 à 10:02 - Nom: msg` (French), `22/11/2026, 10:02 - Name: msg`,
///   `[22/11/2026 10:02:15] Name: msg` (iOS), `11/22/26, 10:02 AM - Name: msg` (12-hour)
enum ChatStampParser {
    /// The timestamp of a speaker line; date fields are `nil` when the line gives only a time.
    struct Stamp: Sendable, Equatable {
        var year: Int?
        var month: Int?
        var day: Int?
        var hour: Int
        var minute: Int
        var second: Int
    }

    /// A recognised line start.
    struct Line: Sendable {
        var stamp: Stamp
        /// The speaker, `nil` on a stamped line without `Name:` (a system line).
        var speaker: String?
        /// Where the message text starts.
        var messageStart: Int
        /// `[` or `(` when the stamp was bracketed.
        var opener: UInt8?
    }

    /// Longest speaker name accepted, in bytes; beyond that the colon belongs to the message.
    static let maximumNameBytes = 64

    /// Parses the speaker line in `bytes[start..<end]`, `nil` when it does not start with a stamp.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> Line? {
        var p = start
        func skipSpaces() {
            while p < end {
                if bytes[p] == 0x20 || bytes[p] == 0x09 {
                    p += 1
                } else if p + 2 < end, bytes[p] == 0xE2, bytes[p + 1] == 0x80,
                    bytes[p + 2] == 0x8E || bytes[p + 2] == 0x8F || bytes[p + 2] == 0xAF
                {
                    // Left-to-right marks and narrow no-break spaces that WhatsApp writes.
                    p += 3
                } else if p + 1 < end, bytes[p] == 0xC2, bytes[p + 1] == 0xA0 {
                    p += 2
                } else {
                    return
                }
            }
        }
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while p < end, digits < maxDigits, bytes[p] >= 0x30, bytes[p] <= 0x39 {
                value = value * 10 + Int(bytes[p] - 0x30)
                digits += 1
                p += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        skipSpaces()
        var opener: UInt8?
        if p < end, bytes[p] == UInt8(ascii: "[") || bytes[p] == UInt8(ascii: "(") {
            opener = bytes[p]
            p += 1
            skipSpaces()
        }
        guard let first = number(maxDigits: 4), p < end else { return nil }
        var stamp = Stamp(hour: 0, minute: 0, second: 0)
        var hour = first
        let separator = bytes[p]
        if separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-") {
            p += 1
            guard let second = number(maxDigits: 2), p < end, bytes[p] == separator else { return nil }
            p += 1
            guard let third = number(maxDigits: 4) else { return nil }
            var (year, month, day): (Int, Int, Int)
            if first.digits == 4 {
                (year, month, day) = (first.value, second.value, third.value)
            } else {
                (day, month, year) = (first.value, second.value, third.value)
                if third.digits == 2 { year += 2000 }
                // US order (`11/22/26`) when the day-first reading is impossible.
                if month > 12, day <= 12 { swap(&day, &month) }
            }
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            stamp.year = year
            stamp.month = month
            stamp.day = day
            // `, `, ` à `, ` at `, `T` between date and time.
            while p < end {
                skipSpaces()
                if p < end, bytes[p] == UInt8(ascii: ",") || bytes[p] == UInt8(ascii: "T") {
                    p += 1
                } else if p + 1 < end, bytes[p] == 0xC3, bytes[p + 1] == 0xA0 {
                    p += 2
                } else if p + 1 < end, bytes[p] == UInt8(ascii: "a"), bytes[p + 1] == UInt8(ascii: "t") {
                    p += 2
                } else {
                    break
                }
            }
            guard let parsedHour = number(maxDigits: 2) else { return nil }
            hour = parsedHour
        }
        guard hour.digits <= 2, p < end, bytes[p] == UInt8(ascii: ":") else { return nil }
        p += 1
        guard let minute = number(maxDigits: 2), minute.digits == 2, minute.value < 60 else { return nil }
        var second = 0
        if p + 2 < end, bytes[p] == UInt8(ascii: ":"), bytes[p + 1] >= 0x30, bytes[p + 1] <= 0x39 {
            p += 1
            second = number(maxDigits: 2)?.value ?? 0
        }
        var hourValue = hour.value
        let afterTime = p
        skipSpaces()
        if p < end, bytes[p] | 0x20 == UInt8(ascii: "a") || bytes[p] | 0x20 == UInt8(ascii: "p") {
            let isPM = bytes[p] | 0x20 == UInt8(ascii: "p")
            var q = p + 1
            if q < end, bytes[q] == UInt8(ascii: ".") { q += 1 }
            if q < end, bytes[q] | 0x20 == UInt8(ascii: "m") {
                q += 1
                if q < end, bytes[q] == UInt8(ascii: ".") { q += 1 }
                if q == end || !(bytes[q] | 0x20 >= UInt8(ascii: "a") && bytes[q] | 0x20 <= UInt8(ascii: "z")) {
                    p = q
                    if isPM, hourValue < 12 { hourValue += 12 }
                    if !isPM, hourValue == 12 { hourValue = 0 }
                }
            }
        }
        if p != afterTime, p < end, bytes[p] != 0x20, bytes[p] != UInt8(ascii: "]"), bytes[p] != UInt8(ascii: ")") {
            // Not an am/pm marker after all: the letters belong to the name.
            p = afterTime
        }
        guard hourValue < 24 else { return nil }
        stamp.hour = hourValue
        stamp.minute = minute.value
        stamp.second = second

        if let opener {
            skipSpaces()
            let closer = opener == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
            guard p < end, bytes[p] == closer else { return nil }
            p += 1
        } else if stamp.day == nil {
            // Bare `10:02 Name:` needs a space after the time.
            guard p < end, bytes[p] == 0x20 || bytes[p] == 0x09 else { return nil }
        }
        skipSpaces()
        if p < end, bytes[p] == UInt8(ascii: "-") {
            p += 1
        } else if p + 2 < end, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x93 || bytes[p + 2] == 0x94 {
            p += 3
        }
        skipSpaces()

        // The speaker runs to the first colon, within a name's length.
        var colon = p
        while colon < end, colon - p <= maximumNameBytes, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        if colon < end, bytes[colon] == UInt8(ascii: ":"), colon - p <= maximumNameBytes {
            let name = String(decoding: bytes[p..<colon], as: UTF8.self).trimmingSpaces
            // `http://…` or a time inside the message is not a speaker.
            if !name.isEmpty, !name.hasSuffix("http"), !name.hasSuffix("https"), name.first?.isNumber != true {
                var messageStart = colon + 1
                while messageStart < end, bytes[messageStart] == 0x20 { messageStart += 1 }
                return Line(stamp: stamp, speaker: name, messageStart: messageStart, opener: opener)
            }
        }
        return Line(stamp: stamp, speaker: nil, messageStart: p, opener: opener)
    }
}
