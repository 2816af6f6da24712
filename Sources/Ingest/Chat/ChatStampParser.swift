/// The line grammar of plain-text chat transcripts: the one both the transcript reader and the format
/// sniffer use, so that what is recognised as a chat is what is read as one.
///
/// A turn starts with a stamp, an optional separator, then a speaker and a colon:
///
///     line      = marks [ "[" | "(" ] stamp [ "]" | ")" ] [ sep ] [ speaker ":" | "<" nick ">" ] text
///     stamp     = [ date filler ] time [ meridiem ]
///     date      = d{1,4} S [" "] d{1,2} S [" "] d{2,4} ["."]    S one of "/" "." "-", the same twice
///     filler    = up to three of "," or a short word ("à", "at", "klo", "T")
///     time      = h{1,2} ":" mm [ ":" ss ]            "." instead of ":" after a date (`21.25.15`)
///     meridiem  = "AM" | "PM" | "am" | "a.m." | "a. m." …, after a space, no-break or narrow no-break space
///     sep       = "-" | "–" | "—"; after a date also ":" or ","
///
/// Examples: `[10:02] Name: msg`, `( 10:02 ) _Name2_ : msg`, `10:02 Name: msg`,
/// `2025-03-14 10:02:11 Name: msg`, WhatsApp Android `16/04/2019, 02:09 - Name: msg`, iOS
/// `[16/04/2019, 02:09:11] Name: msg`, `[2019-04-16 02:09]`, `[2016/04/15 15:04]`, `16.04.19, 02:09 -`,
/// `22/11/2026 à 10:02 - Nom:`, `1/17/20, 8:49 PM -`, `[3/6/18 1:55:00 p. m.]`, `13.06.18 21.25.15: Name:`,
/// IRC `[10:02] <nick> msg`. Marks are the left-to-right marks iOS writes at line starts.
/// A stamped line without a speaker is a speaker-less line (WhatsApp's system lines).
enum ChatStampParser {
    /// A recognised line start.
    struct Line: Sendable {
        var stamp: ChatStamp
        /// The speaker, `nil` on a stamped line without `Name:` (a system line).
        var speaker: String?
        /// Where the message text starts.
        var messageStart: Int
        /// `[` or `(` when the stamp was bracketed.
        var opener: UInt8?
    }

    /// One line in each layout the grammar reads, as exports write it. `ChatRecognitionTests` saves
    /// each as a `.txt` transcript and expects it recognised and read, so a layout added to the
    /// grammar gets its example here, in the same file.
    static let layoutExamples = [
        "[10:02] Léa: Bonjour", "[10:02:15] Léa: Bonjour", "(10:02) Client : bonjour", "( 10:02 ) _Name2_ : bonjour",
        "10:02 Léa: Bonjour", "2025-03-14 10:02:11 Léa: Bonjour", "16/04/2019, 02:09 - Léa: Bonjour",
        "[16/04/2019, 02:09:11] Léa: Bonjour", "\u{200E}[16/04/2019, 2:09:11\u{202F}PM] Léa: Bonjour",
        "[2019-04-16 02:09] Léa: Bonjour", "[2016/04/15 15:04] Léa: Bonjour", "16.04.19, 02:09 - Léa: Bonjour",
        "16.04.19, 13:34. - Léa: Bonjour", "22/11/2026 à 10:02 - Léa : Bonjour", "1/17/20, 8:49 PM - Leah: Hi",
        "[3/6/18 1:55:00 p. m.] Leah: Hola", "13.06.18 21.25.15: Léa: Bonjour", "13. 6. 2018. 21:25 - Léa: Bonjour",
        "2019/4/16 下午6:40 - Léa: 你好", "16/04/2019 — 02:09 — Léa: Bonjour", "[10:02] <lea> bonjour",
        "16/04/2019, 02:09 - +33 6 12 34 56 78: Bonjour",
    ]

    /// Longest speaker name accepted, in bytes; beyond that the colon belongs to the message.
    static let maximumNameBytes = 64

    /// Parses the line in `bytes[start..<end]`, `nil` when it does not start with a stamp.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> Line? {
        var cursor = ChatLineCursor(bytes, from: start, to: end)
        cursor.skipSpaces()
        var opener: UInt8?
        if let byte = cursor.current, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") {
            opener = byte
            cursor.position += 1
            cursor.skipSpaces()
        }
        guard let stamp = stamp(&cursor) else { return nil }
        if let opener {
            cursor.skipSpaces()
            guard cursor.take(opener == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")) else { return nil }
        } else if stamp.date == nil {
            // A bare `10:02 Name:` needs a space after the time.
            guard cursor.spaceLength(at: cursor.position) != nil else { return nil }
        }
        skipSeparator(&cursor, dated: stamp.date != nil)
        return speakerAndText(&cursor, stamp: stamp, opener: opener)
    }

    /// Whether `line` is a speaker line that the sniffer may count as chat evidence: a stamp and a
    /// speaker holding no field delimiter (a survey row starting with a date is not one).
    static func isSpeakerLine(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        guard let line = parse(bytes, from: start, to: end), let speaker = line.speaker else { return false }
        return !speaker.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" || $0 == "|" })
    }

    /// Whether `line` is a bracketed stamp followed only by a name (`[4/16/2019 10:02 AM] Leah#1234`,
    /// `[10:02 AM] Jean Dupont`), as Discord and Teams text write a turn whose message follows on the
    /// next lines: one to four words, each capitalised or carrying a digit, `#`, `+`, `(` or `@`, no
    /// field delimiter, no sentence punctuation at the end; never a sentence (`est ce que vous avez`)
    /// nor a WhatsApp notice (`You were added`).
    static func isNameOnly(_ line: Line, _ bytes: [UInt8], end: Int) -> Bool {
        guard line.speaker == nil, line.opener == UInt8(ascii: "["), line.messageStart < end else { return false }
        let text = String(decoding: bytes[line.messageStart..<end], as: UTF8.self).trimmingSpaces
        guard let last = text.last, text.utf8.count <= maximumNameBytes, !".!?…".contains(last),
            !text.contains(where: { ",;\t|\"“”«»".contains($0) })
        else { return false }
        let words = text.split(separator: " ")
        return words.count <= 4
            && words.allSatisfy { word in
                word.first?.isUppercase == true || word.contains { $0.isNumber || "#+(@".contains($0) }
            }
    }

    /// The UTF-8 bytes of one raw line (without its line break) as the grammar reads it: as it is
    /// when it is UTF-8, decoded as Windows-1252 otherwise. Line by line, so that the sniffer, which
    /// sees only the first lines, reads each of them exactly as the reader does.
    static func decodedLine(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        if String(validating: raw, as: UTF8.self) != nil { return Array(raw) }
        return Array(CharsetDecoder.decode(raw, as: .windows1252).utf8)
    }

    /// `[date filler] time [meridiem]`.
    private static func stamp(_ cursor: inout ChatLineCursor) -> ChatStamp? {
        let start = cursor.position
        var filler = Filler()
        let date = writtenDate(&cursor)
        if date != nil {
            filler = skipFiller(&cursor)
        } else {
            cursor.position = start
        }
        guard let hour = cursor.number(maxDigits: 2), let separator = cursor.current,
            separator == UInt8(ascii: ":") || (date != nil && separator == UInt8(ascii: "."))
        else { return nil }
        cursor.position += 1
        guard let minute = cursor.number(maxDigits: 2), minute.digits == 2, minute.value < 60 else { return nil }
        var second = 0
        if cursor.current == separator, let next = cursor.peek(1), ChatLineCursor.isDigit(next) {
            cursor.position += 1
            guard let seconds = cursor.number(maxDigits: 2), seconds.digits == 2, seconds.value < 60 else { return nil }
            second = seconds.value
        }
        // `13:34. - Name:` (some Android locales end the time with a dot).
        if date != nil, cursor.current == UInt8(ascii: "."), cursor.peek(1) == 0x20 { cursor.position += 1 }
        var (clockHour, clock) = meridiem(&cursor, hour: hour.value)
        if clock == .twentyFourHour, let isPM = filler.isPM {
            clock = .twelveHourOther
            if isPM, clockHour < 12 { clockHour += 12 }
            if !isPM, clockHour == 12 { clockHour = 0 }
        }
        guard clockHour < 24 else { return nil }
        return ChatStamp(
            date: date, hour: clockHour, minute: minute.value, second: second, clock: clock,
            frenchConnector: filler.french)
    }

    /// `dd/mm/yyyy`, `m/d/yy`, `dd.mm.yy`, `dd-mm-yyyy`, `yyyy-mm-dd`, `yyyy/mm/dd`, `13. 6. 2018.`.
    /// At least one of the day/month fields must be a month (≤ 12) whatever the order.
    private static func writtenDate(_ cursor: inout ChatLineCursor) -> ChatStamp.WrittenDate? {
        let start = cursor.position
        guard let first = cursor.number(maxDigits: 4), let separator = cursor.current,
            separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-")
        else { return nil }
        cursor.position += 1
        _ = cursor.take(0x20)
        guard let second = cursor.number(maxDigits: 2), cursor.take(separator) else { return nil }
        _ = cursor.take(0x20)
        guard let third = cursor.number(maxDigits: 4) else { return nil }
        let text = String(decoding: cursor.bytes[start..<cursor.position], as: UTF8.self)
        if separator == UInt8(ascii: "."), cursor.current == UInt8(ascii: ".") { cursor.position += 1 }
        if first.digits == 4 {
            guard third.digits <= 2, (1...12).contains(second.value), (1...31).contains(third.value) else { return nil }
            return ChatStamp.WrittenDate(
                first: second.value, second: third.value, year: first.value, yearFirst: true, separator: separator,
                text: text)
        }
        guard first.digits <= 2, third.digits == 2 || third.digits == 4, (1...31).contains(first.value),
            (1...31).contains(second.value), min(first.value, second.value) <= 12
        else { return nil }
        let year = third.digits == 2 ? 2000 + third.value : third.value
        return ChatStamp.WrittenDate(
            first: first.value, second: second.value, year: year, yearFirst: false, separator: separator, text: text)
    }

    /// What was between a date and its time.
    private struct Filler {
        /// The French `à` (`22/11/2026 à 10:02`).
        var french = false
        /// A day period written before the time (`下午6:40`, `오후 2:09`): `true` for the afternoon.
        var isPM: Bool?
    }

    /// Day periods written before the time, as the Chinese, Japanese and Korean locales write them
    /// (Unicode CLDR `dayPeriods` abbreviated forms: 上午/下午, 午前/午後, 오전/오후), with whether each is PM.
    static let dayPeriodPrefixes: [(text: [UInt8], isPM: Bool)] = [
        ("上午", false), ("下午", true), ("午前", false), ("午後", true), ("오전", false), ("오후", true),
    ].map { (Array($0.0.utf8), $0.1) }

    /// What comes between a date and its time: `, `, ` à `, ` at `, ` klo `, `T`, a day period.
    private static func skipFiller(_ cursor: inout ChatLineCursor) -> Filler {
        var filler = Filler()
        for _ in 0..<3 {
            cursor.skipSpaces()
            if cursor.take(UInt8(ascii: ",")) { continue }
            guard let byte = cursor.current, !ChatLineCursor.isDigit(byte) else { break }
            let wordStart = cursor.position
            guard cursor.skipWord(maxBytes: 6) else { break }
            let word = cursor.bytes[wordStart..<cursor.position]
            if word.elementsEqual([0xC3, 0xA0]) { filler.french = true }
            if let period = dayPeriodPrefixes.first(where: { word.elementsEqual($0.text) }) {
                filler.isPM = period.isPM
            }
        }
        cursor.skipSpaces()
        return filler
    }

    /// A 12-hour clock marker after the time, and the hour on a 24-hour clock. Letters that do not
    /// end the marker (`10:02 Amelie:`) are the speaker's, and the cursor stays put.
    private static func meridiem(_ cursor: inout ChatLineCursor, hour: Int) -> (Int, ChatStamp.Clock) {
        var probe = cursor
        probe.skipSpaces()
        guard let letter = probe.current, letter | 0x20 == UInt8(ascii: "a") || letter | 0x20 == UInt8(ascii: "p")
        else { return (hour, .twentyFourHour) }
        probe.position += 1
        var dotted = probe.take(UInt8(ascii: "."))
        if dotted { _ = probe.take(0x20) }
        guard let m = probe.current, m | 0x20 == UInt8(ascii: "m") else { return (hour, .twentyFourHour) }
        probe.position += 1
        dotted = probe.take(UInt8(ascii: ".")) || dotted
        if let next = probe.current,
            ChatLineCursor.isASCIILetter(next) || next >= 0x80 && probe.spaceLength(at: probe.position) == nil
        {
            return (hour, .twentyFourHour)
        }
        cursor = probe
        let isPM = letter | 0x20 == UInt8(ascii: "p")
        let clock: ChatStamp.Clock = !dotted && letter < 0x60 && m < 0x60 ? .twelveHourCapitals : .twelveHourOther
        // `13:37 p.m.` (seen in exports) keeps its 24-hour reading.
        if isPM, hour < 12 { return (hour + 12, clock) }
        if !isPM, hour == 12 { return (0, clock) }
        return (hour, clock)
    }

    /// ` - `, ` – `, ` — `; after a date also `: ` (`13.06.18 21.25.15: Name:`) and `, `.
    private static func skipSeparator(_ cursor: inout ChatLineCursor, dated: Bool) {
        cursor.skipSpaces()
        if cursor.current == UInt8(ascii: "-") {
            cursor.position += 1
        } else if cursor.current == 0xE2, cursor.peek(1) == 0x80, cursor.peek(2) == 0x93 || cursor.peek(2) == 0x94 {
            cursor.position += 3
        } else if dated, cursor.current == UInt8(ascii: ":") || cursor.current == UInt8(ascii: ","),
            cursor.spaceLength(at: cursor.position + 1) != nil
        {
            cursor.position += 1
        }
        cursor.skipSpaces()
    }

    /// `Name: text`, `Name : text`, `<nick> text`, or a speaker-less `text`.
    private static func speakerAndText(_ cursor: inout ChatLineCursor, stamp: ChatStamp, opener: UInt8?) -> Line {
        let start = cursor.position
        let bytes = cursor.bytes
        if cursor.current == UInt8(ascii: "<") {
            var close = start + 1
            while close < cursor.end, close - start <= maximumNameBytes, bytes[close] != UInt8(ascii: ">"),
                bytes[close] != 0x20
            {
                close += 1
            }
            if close < cursor.end, close > start + 1, bytes[close] == UInt8(ascii: ">"),
                cursor.spaceLength(at: close + 1) != nil
            {
                cursor.position = close + 1
                cursor.skipSpaces()
                let nick = String(decoding: bytes[(start + 1)..<close], as: UTF8.self)
                return Line(stamp: stamp, speaker: nick, messageStart: cursor.position, opener: opener)
            }
        }
        var colon = start
        while colon < cursor.end, colon - start <= maximumNameBytes, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        if colon < cursor.end, bytes[colon] == UInt8(ascii: ":"), colon - start <= maximumNameBytes {
            let name = visibleName(bytes[start..<colon])
            if isName(name) {
                cursor.position = colon + 1
                cursor.skipSpaces()
                return Line(stamp: stamp, speaker: name, messageStart: cursor.position, opener: opener)
            }
        }
        return Line(stamp: stamp, speaker: nil, messageStart: start, opener: opener)
    }

    /// The name without the directional marks and isolates (U+200E, U+200F, U+2066…U+2069) exports
    /// wrap it in, so that `⁨Léa⁩` and `Léa` are one speaker.
    private static func visibleName(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars
        where !(0x200E...0x200F).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars).trimmingSpaces
    }

    /// Not `http` of a link, not a time inside the message; a name may start with a digit only when it
    /// is a phone number (WhatsApp shows unknown contacts so). A quotation mark belongs to a system
    /// line quoting a subject (`X changed the subject to "Retour: lampe"`), never to a name.
    private static func isName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasSuffix("http"), !name.hasSuffix("https"),
            !name.contains(where: { "\"“”«»".contains($0) })
        else { return false }
        let isPhone =
            name.count >= 8 && name.allSatisfy { $0.isNumber || $0 == " " || $0 == "+" || $0 == "." || $0 == "-" }
        return name.first?.isNumber != true || isPhone
    }
}
