import Foundation

/// Parses the `Date` header (RFC 5322 §3.3, obsolete forms of §4.3 included) into a UTC instant.
///
/// Tolerates what real mailers write: missing day of week, two- and three-digit years, named zones
/// (`GMT`, `EST`, military letters), comments (`(CET)`), seconds missing, fields in US order
/// (`Mon Jan 12 10:00:00 2004`, the asctime form).
enum MailDateParser {
    /// The instant the header names, `nil` when it cannot be read.
    static func parse(_ value: String) -> Date? {
        var cleaned = ""
        var depth = 0
        for character in value {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case ",": if depth == 0 { cleaned.append(" ") }
            default: if depth == 0 { cleaned.append(character) }
            }
        }
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var meridiem: Int?
        for token in cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if let first = token.first, first == "+" || first == "-", let zone = numericOffset(token.dropFirst()) {
                offset = first == "-" ? -zone : zone
                continue
            }
            if token.containsBytes(":") {
                // The first time of day wins: a later `hh:mm` is no time (a stray comment, a zone).
                let parts = token.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
                if time == nil, parts.count >= 2, let hour = parts[0], let minute = parts[1] {
                    time = (hour, minute, parts.count > 2 ? (parts[2] ?? 0) : 0)
                }
                continue
            }
            // Nine digits at most: a 20-digit "year" must not overflow the century arithmetic below.
            if token.utf8.count <= 9, let number = Int(token) {
                numbers.append((number, token.count))
                continue
            }
            if month == nil, let named = CivilTime.month(named: token) {
                month = named
                continue
            }
            if let half = halfDay(token) {
                meridiem = half
                continue
            }
            if offset == nil, let zone = zoneOffset(token) {
                offset = zone
            }
        }
        guard let month else { return nil }
        let (year, day) = yearAndDay(numbers)
        guard let year, let day else { return nil }
        var (hour, minute, second) = time ?? (0, 0, 0)
        // `2:05 PM`, which some exporters write: 12-hour clock to 24-hour.
        if let meridiem, (1...12).contains(hour) { hour = hour % 12 + meridiem }
        return CivilTime.date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            offsetSeconds: offset ?? 0)
    }

    /// The year and the day of month among the numbers of a date: a four-digit number is the year and
    /// the first other one the day; else day then year (`13 Mar 26`).
    private static func yearAndDay(_ numbers: [(value: Int, digits: Int)]) -> (year: Int?, day: Int?) {
        if let fourDigits = numbers.firstIndex(where: { $0.digits == 4 }) {
            return (numbers[fourDigits].value, numbers.enumerated().first { $0.offset != fourDigits }?.element.value)
        }
        guard numbers.count >= 2 else { return (nil, nil) }
        let raw = numbers[1]
        // RFC 5322 §4.3: two-digit years below 50 are 20xx, others 19xx; three digits add 1900.
        let year = raw.digits == 3 ? raw.value + 1900 : (raw.value < 50 ? raw.value + 2000 : raw.value + 1900)
        return (year, numbers[0].value)
    }

    /// `0100` or `01:00` (the ISO form some exporters write) after the sign, in seconds; `nil` for
    /// anything else, so that `-0500` is never read as a number.
    private static func numericOffset(_ digits: Substring) -> Int? {
        let plain = digits.filter { $0 != ":" }
        guard plain.count == 4, digits.count == 4 || (digits.count == 5 && digits.dropFirst(2).first == ":"),
            plain.allSatisfy({ $0.isASCII && $0.isNumber }), let raw = Int(plain)
        else { return nil }
        return (raw / 100) * 3_600 + (raw % 100) * 60
    }

    /// 0 for `AM`, 12 for `PM` (with or without dots), `nil` otherwise.
    private static func halfDay(_ token: Substring) -> Int? {
        switch token.lowered.filter({ $0 != "." }) {
        case "am": return 0
        case "pm": return 12
        default: return nil
        }
    }

    /// Named zones of RFC 5322 §4.3 plus the European ones mailers still write; military letters
    /// are read as +0000, as §4.3 advises.
    private static func zoneOffset(_ token: Substring) -> Int? {
        let hour = 3_600
        switch token.lowered {
        case "ut", "utc", "gmt", "z", "wet": return 0
        case "est": return -5 * hour
        case "edt": return -4 * hour
        case "cst": return -6 * hour
        case "cdt": return -5 * hour
        case "mst": return -7 * hour
        case "mdt": return -6 * hour
        case "pst": return -8 * hour
        case "pdt": return -7 * hour
        case "cet", "met", "bst", "west": return hour
        case "cest", "mest", "eet": return 2 * hour
        case "eest": return 3 * hour
        default:
            if token.count == 1, let scalar = token.unicodeScalars.first, scalar.properties.isAlphabetic { return 0 }
            return nil
        }
    }
}
