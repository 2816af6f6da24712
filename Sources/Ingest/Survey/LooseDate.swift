public import Foundation

/// Reads the dates CX inputs really carry: ISO 8601 (`2025-03-14`, `2025-03-14T09:30:00+01:00`,
/// `2025-03-14 09:30`), French/European `14/03/2025 09:30` and `14.03.2025`, and written dates
/// such as `15 juin 2025` or `March 14, 2025`. Dates without a zone are taken as UTC, so that the
/// same input gives the same bytes on every machine.
///
/// A hand-written cursor rather than `DateFormatter`: formatters are expensive to build and not
/// thread-safe to share, and survey files repeat this on every row.
public enum LooseDate {
    /// Month names, French and English, full and abbreviated (lower-cased, accents kept and folded).
    static let monthNames: [String: Int] = [
        "janvier": 1, "janv": 1, "jan": 1, "january": 1,
        "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "feb": 2, "february": 2,
        "mars": 3, "mar": 3, "march": 3,
        "avril": 4, "avr": 4, "apr": 4, "april": 4,
        "mai": 5, "may": 5,
        "juin": 6, "jun": 6, "june": 6,
        "juillet": 7, "juil": 7, "jul": 7, "july": 7,
        "août": 8, "aout": 8, "aug": 8, "august": 8,
        "septembre": 9, "sept": 9, "sep": 9, "september": 9,
        "octobre": 10, "oct": 10, "october": 10,
        "novembre": 11, "nov": 11, "november": 11,
        "décembre": 12, "decembre": 12, "déc": 12, "dec": 12, "december": 12,
    ]

    /// Which of two leading numbers is the day in a numeric date (`03/04/2025`).
    public enum FieldOrder: Sendable, Hashable {
        /// `dd/mm/yyyy`: French and most European exports, and the default.
        case dayFirst
        /// `mm/dd/yyyy`: US-locale exports (Google Forms, SurveyMonkey).
        case monthFirst
    }

    /// The order of a column of numeric dates: month first when some of `samples` can only be read
    /// month first (`03/14/2025`, or a 12-hour clock) and none can only be read day first
    /// (`14/03/2025`); day first otherwise. One ambiguous value (`03/04/2025`) cannot tell, the
    /// column can: an export writes all its dates one way.
    public static func order(of samples: [String]) -> FieldOrder {
        var monthFirst = false
        for sample in samples {
            switch evidence(sample) {
            case .dayFirst: return .dayFirst
            case .monthFirst: monthFirst = true
            case nil: break
            }
        }
        return monthFirst ? .monthFirst : .dayFirst
    }

    /// The order a single value proves, if any.
    static func evidence(_ text: String) -> FieldOrder? {
        let tokens = tokenize(text)
        var numbers: [Int] = []
        for token in tokens {
            if case .number(let value, _) = token { numbers.append(value) }
            if case .word(let word) = token, monthNames[word] != nil { return nil }
            if numbers.count == 3 { break }
        }
        guard numbers.count == 3, numbers[0] <= 31 else { return nil }
        if numbers[0] > 12 && numbers[1] <= 12 { return .dayFirst }
        if numbers[0] <= 12 && (numbers[1] > 12 || hasTwelveHourClock(tokens)) { return .monthFirst }
        return nil
    }

    /// The date in `text`, or `nil` when it is not a date this reader knows. `order` settles an
    /// ambiguous numeric date (`03/04/2025`); a value that can be read only one way is read that way.
    public static func parse(_ text: String, order: FieldOrder = .dayFirst) -> Date? {
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return nil }
        var index = 0
        guard let (year, month, day) = datePart(tokens, index: &index, order: order),
            let (hour, minute, second, offsetSeconds) = timePart(tokens, from: index)
        else { return nil }
        let days = CivilTime.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The date part: the first three numeric fields, or two numbers around a month name; `index`
    /// is left on the first token after it. `nil` when it is not a valid calendar date.
    private static func datePart(_ tokens: [Token], index: inout Int, order: FieldOrder) -> (Int, Int, Int)? {
        var numbers: [Int] = []
        var digitCounts: [Int] = []
        var monthFromName: Int?
        while index < tokens.count, numbers.count + (monthFromName == nil ? 0 : 1) < 3 {
            switch tokens[index] {
            case .number(let value, let digits):
                numbers.append(value)
                digitCounts.append(digits)
            case .word(let word):
                if let month = monthNames[word] { monthFromName = month }
            case .separator:
                break
            }
            index += 1
        }
        var year = 0
        var month = 0
        var day = 0
        // A leading number beyond 31, or written with three digits or more (`0025-…`), is the year.
        let yearFirst = numbers.first.map { $0 > 31 || digitCounts[0] > 2 } ?? false
        if let monthFromName {
            guard numbers.count == 2 else { return nil }
            month = monthFromName
            if yearFirst { (year, day) = (numbers[0], numbers[1]) } else { (day, year) = (numbers[0], numbers[1]) }
        } else {
            guard numbers.count == 3 else { return nil }
            if yearFirst {
                (year, month, day) = (numbers[0], numbers[1], numbers[2])
            } else {
                // dd/mm/yyyy, the order French and most European exports use. A US mm/dd/yyyy
                // date (SurveyMonkey) is recognised when its second field cannot be a month, or
                // when the time is written with AM/PM, which only US-locale exports do.
                (day, month, year) = (numbers[0], numbers[1], numbers[2])
                if (month > 12 || hasTwelveHourClock(tokens) || order == .monthFirst) && day <= 12 {
                    (day, month) = (month, day)
                }
            }
        }
        // A two-digit year is this century's; `000001` or `0025` is a year typed in full, not 2001.
        let yearDigits = digitCounts[yearFirst ? 0 : numbers.count - 1]
        if year < 100 && yearDigits <= 2 { year += 2000 }
        guard (1...12).contains(month), (1900...2200).contains(year),
            (1...CivilTime.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// The time part from `start`: hh:mm[:ss][.fraction], then an optional zone; midnight UTC when
    /// there is none. Returns hour, minute, second and the zone's offset in seconds; `nil` when the
    /// clock is out of range.
    private static func timePart(_ tokens: [Token], from start: Int) -> (Int, Int, Int, Int)? {
        var clock: [Int] = []
        var offsetSeconds = 0
        var index = start
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, _):
                // Past hh:mm:ss comes a fraction of a second, which is ignored.
                if clock.count < 3 { clock.append(value) }
            case .word(let word):
                if word == "z" || word == "utc" || word == "gmt" { offsetSeconds = 0 }
                if word == "pm", let hour = clock.first, hour < 12 { clock[0] = hour + 12 }
                if word == "am", let hour = clock.first, hour == 12 { clock[0] = 0 }
            case .separator(let character):
                if (character == "+" || character == "-") && !clock.isEmpty {
                    let (offset, next) = zoneOffset(tokens, after: index, sign: character == "+" ? 1 : -1)
                    if let offset { offsetSeconds = offset }
                    index = next
                    continue
                }
            }
            index += 1
        }
        let hour = clock.count > 0 ? clock[0] : 0
        let minute = clock.count > 1 ? clock[1] : 0
        let second = clock.count > 2 ? clock[2] : 0
        guard hour < 24, minute < 60, second < 61 else { return nil }
        return (hour, minute, second, offsetSeconds)
    }

    /// The zone offset written after the sign at `signIndex` (`+02:00`, `-0500`, `+2`), in seconds,
    /// (`nil` when no number follows) and the index of the first token after it.
    private static func zoneOffset(_ tokens: [Token], after signIndex: Int, sign: Int) -> (Int?, Int) {
        var zone: [Int] = []
        var cursor = signIndex + 1
        while cursor < tokens.count, zone.count < 2 {
            if case .number(let value, let digits) = tokens[cursor] {
                if digits == 4 { zone = [value / 100, value % 100] } else { zone.append(value) }
            } else if case .separator(let c) = tokens[cursor], c != ":" {
                break
            }
            cursor += 1
        }
        guard let hours = zone.first else { return (nil, cursor) }
        return (sign * (hours * 3600 + (zone.count > 1 ? zone[1] * 60 : 0)), cursor)
    }

    /// A time written with AM/PM, which only US-locale exports do.
    private static func hasTwelveHourClock(_ tokens: [Token]) -> Bool {
        tokens.contains { token in
            if case .word(let word) = token { return word == "am" || word == "pm" }
            return false
        }
    }

    private enum Token {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    /// The longest text read as a date: `mercredi 14 septembre 2025 à 09:30:00 (UTC+01:00)` is 51
    /// bytes. Date columns are guessed by trying every sampled cell, so a 10 MB comment must cost
    /// nothing here (it took 30 s of Unicode property lookups).
    static let maxDateLength = 100

    private static func tokenize(_ text: String) -> [Token] {
        guard text.utf8.count <= maxDateLength else { return [] }
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        var word = ""
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word.lowercased())) }
            number = 0
            digits = 0
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.value >= 0x30, scalar.value <= 0x39 {
                if !word.isEmpty { flush() }
                guard digits < 9 else { return [] }
                number = number * 10 + Int(scalar.value - 0x30)
                digits += 1
            } else if scalar.properties.isAlphabetic {
                let character = Character(scalar)
                if digits > 0 { flush() }
                if word.isEmpty && (character == "T" || character == "Z") && tokens.count >= 3 {
                    // ISO 8601 `T` and `Z` are separators, not words.
                    if character == "Z" { tokens.append(.word("z")) }
                    continue
                }
                word.unicodeScalars.append(scalar)
            } else {
                flush()
                if scalar == "+" || scalar == "-" || scalar == ":" { tokens.append(.separator(Character(scalar))) }
            }
        }
        flush()
        return tokens
    }
}
