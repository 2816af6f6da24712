import Foundation
import VerbatimModel

/// Reads a plain-text chat transcript (see `ChatStampParser` for the line layouts).
///
/// Lines without a stamp continue the previous turn; before the first turn they are a header, where
/// a date is looked for so that time-only stamps get a day. Several turns sharing one physical line
/// (`( 16:00 ) A : oui ( 16:01 ) B : non`, as some exports flatten them) are split. The conversation
/// key is the file path.
enum ChatTranscriptReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "chat-text")
        let notices = options.chatLists.notices
        let text = utf8Bytes(bytes)
        var turns: [ChatTurn] = []
        var headerDate: (year: Int, month: Int, day: Int)?
        var lineNumber = 0
        var index = 0
        while index < text.count {
            lineNumber += 1
            let lineStart = index
            var lineEnd = index
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            index = lineEnd + 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, text[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            guard contentEnd > lineStart else { continue }

            if let line = ChatStampParser.parse(text, from: lineStart, to: contentEnd) {
                if line.speaker == nil, turns.isEmpty, headerDate == nil, let day = line.stamp.day,
                    let month = line.stamp.month, let year = line.stamp.year
                {
                    headerDate = (year, month, day)
                }
                for (offset, piece) in split(text, line: line, end: contentEnd).enumerated() {
                    let message = String(decoding: text[piece.start..<piece.end], as: UTF8.self)
                    // A stamped line without `Name:` is a system line when it reads like one; otherwise
                    // an unnamed speaker (some tools leave the visitor unnamed).
                    let isSystem = piece.speaker == nil && isSystemLine(message, speakerless: true, notices)
                    turns.append(
                        ChatTurn(
                            ordinal: lineNumber,
                            position: offset == 0 ? "line \(lineNumber)" : "line \(lineNumber), turn \(offset + 1)",
                            speaker: isSystem ? "" : piece.speaker ?? ChatTurn.unnamedSpeaker,
                            declaredRole: isSystem ? .system : nil, text: message,
                            date: date(of: piece.stamp, header: headerDate)))
                }
                continue
            }
            let content = String(decoding: text[lineStart..<contentEnd], as: UTF8.self)
            let trimmed = content.trimmingSpaces
            if trimmed.isEmpty { continue }
            if turns.isEmpty {
                if headerDate == nil { headerDate = findDate(in: text, lineStart..<contentEnd) }
                continue
            }
            if isSystemLine(trimmed, speakerless: false, notices) {
                turns.append(
                    ChatTurn(
                        ordinal: lineNumber, position: "line \(lineNumber)", speaker: "", declaredRole: .system,
                        text: trimmed, date: nil))
                continue
            }
            if var last = turns.popLast() {
                last.text += last.text.isEmpty ? trimmed : "\n" + trimmed
                turns.append(last)
            }
        }
        guard !turns.isEmpty else {
            output.findings.append(
                Finding(source: path, reason: "no chat turn found (expected lines such as `[10:02] Name: message`)"))
            return output
        }
        ChatConversation.emit(turns, path: path, conversation: path, options: options, into: &output)
        return output
    }

    /// `*** Transfert vers un conseiller ***`, `--- chat ended ---`, or a known system phrase.
    private static func isSystemLine(_ text: String, speakerless: Bool, _ notices: ChatSystemNotices) -> Bool {
        let trimmed = text.trimmingSpaces
        return trimmed.hasBytePrefix("***") || trimmed.hasBytePrefix("---") || trimmed.hasBytePrefix("===")
            || notices.matches(trimmed, speakerless: speakerless)
    }

    /// The text as UTF-8 bytes without a byte-order mark; windows-1252 when it is not valid UTF-8.
    static func utf8Bytes(_ bytes: [UInt8]) -> [UInt8] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return Array(CharsetDecoder.decode(body, as: .utf16).utf8)
        }
        if String(validating: body, as: UTF8.self) != nil { return Array(body) }
        return Array(CharsetDecoder.decode(body, as: .windows1252).utf8)
    }

    private struct Piece {
        var stamp: ChatStampParser.Stamp
        var speaker: String?
        var start: Int
        var end: Int
    }

    /// The turns of one physical line: the first, then any further bracketed `(hh:mm) Name :` inside it.
    private static func split(_ text: [UInt8], line: ChatStampParser.Line, end: Int) -> [Piece] {
        var pieces = [Piece(stamp: line.stamp, speaker: line.speaker, start: line.messageStart, end: end)]
        guard let opener = line.opener, line.speaker != nil else { return pieces }
        var probe = line.messageStart
        while probe < end {
            if text[probe] == opener, let inner = ChatStampParser.parse(text, from: probe, to: end),
                inner.opener == opener, inner.speaker != nil
            {
                pieces[pieces.count - 1].end = probe
                pieces.append(Piece(stamp: inner.stamp, speaker: inner.speaker, start: inner.messageStart, end: end))
                probe = inner.messageStart
                continue
            }
            probe += 1
        }
        return pieces
    }

    private static func date(of stamp: ChatStampParser.Stamp, header: (year: Int, month: Int, day: Int)?) -> Date? {
        if let year = stamp.year, let month = stamp.month, let day = stamp.day {
            return CivilTime.date(
                year: year, month: month, day: day, hour: stamp.hour, minute: stamp.minute, second: stamp.second)
        }
        guard let header else { return nil }
        return CivilTime.date(
            year: header.year, month: header.month, day: header.day, hour: stamp.hour, minute: stamp.minute,
            second: stamp.second)
    }

    /// A `dd/mm/yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd` date anywhere in a header line.
    private static func findDate(in text: [UInt8], _ range: Range<Int>) -> (year: Int, month: Int, day: Int)? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index] >= 0x30, text[index] <= 0x39, index == range.lowerBound || !isDigit(text[index - 1]) else {
                index += 1
                continue
            }
            var fields: [(Int, Int)] = []
            var probe = index
            var separator: UInt8?
            while fields.count < 3 {
                var value = 0
                var digits = 0
                while probe < range.upperBound, isDigit(text[probe]), digits < 5 {
                    value = value * 10 + Int(text[probe] - 0x30)
                    digits += 1
                    probe += 1
                }
                guard digits > 0 else { break }
                fields.append((value, digits))
                guard fields.count < 3, probe < range.upperBound else { break }
                let next = text[probe]
                guard next == UInt8(ascii: "/") || next == UInt8(ascii: "-") || next == UInt8(ascii: "."),
                    separator == nil || separator == next
                else { break }
                separator = next
                probe += 1
            }
            if fields.count == 1, let named = namedMonthDate(text, day: fields[0], after: probe, end: range.upperBound) {
                return named
            }
            if fields.count == 3 {
                if fields[0].1 == 4, (1...12).contains(fields[1].0), (1...31).contains(fields[2].0) {
                    return (fields[0].0, fields[1].0, fields[2].0)
                }
                if fields[2].1 == 4, (1...12).contains(fields[1].0), (1...31).contains(fields[0].0) {
                    return (fields[2].0, fields[1].0, fields[0].0)
                }
            }
            index = max(probe, index + 1)
        }
        return nil
    }

    /// `22 novembre 2026`, `22 Nov 2026`: a day already read, then a month name and a year.
    private static func namedMonthDate(
        _ text: [UInt8], day: (Int, Int), after start: Int, end: Int
    ) -> (year: Int, month: Int, day: Int)? {
        guard (1...31).contains(day.0), day.1 <= 2 else { return nil }
        let rest = String(decoding: text[start..<min(end, start + 40)], as: UTF8.self)
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
        guard words.count >= 2, let month = CivilTime.month(named: words[0]),
            let year = Int(words[1].prefix(4)), words[1].count >= 4, (1900...2999).contains(year)
        else { return nil }
        return (year, month, day.0)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
