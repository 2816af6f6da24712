import Foundation
import VerbatimModel

/// Reads a plain-text chat transcript (see `ChatStampParser` for the line grammar).
///
/// Lines without a stamp continue the previous turn (multi-line messages). Before the first turn
/// they are a header, where a date is looked for so that time-only stamps get a day; a header line
/// that neither dates the chat nor reads as a system line (`*** Chat started ***`) is a warning.
/// Several turns sharing one physical line (`( 16:00 ) A : oui ( 16:01 ) B : non`, as some exports
/// flatten them) are split. A dated line without a speaker (WhatsApp's encryption notice, "X joined")
/// is a speaker-less system turn. Whether the file's dates are day or month first is decided once
/// from all of them (`ChatDateOrder`). The conversation key is the file path.
enum ChatTranscriptReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "chat-text")
        var transcript = collect(transcriptBytes(bytes), notices: options.chatLists.notices)
        guard !transcript.turns.isEmpty else {
            output.findings.append(
                Finding(source: path, reason: "no chat turn found (expected lines such as `[10:02] Name: message`)"))
            return output
        }
        if let preamble = transcript.preamble {
            output.findings.append(
                Finding(
                    source: path, position: "line \(preamble.line)",
                    reason: "\(preamble.count) line(s) before the first chat turn belong to no turn, not read",
                    severity: .warning, ordinal: preamble.line))
        }
        date(&transcript, path: path, into: &output)
        ChatConversation.emit(transcript.turns, path: path, conversation: path, options: options, into: &output)
        return output
    }

    /// The turns of a transcript, before their dates are resolved.
    private struct Transcript {
        /// The system notices of the run's speaker lists (`lexicons/speakers/chat-system-notices.tsv`).
        let notices: ChatSystemNotices
        var turns: [ChatTurn] = []
        /// The stamp of each turn, `nil` for an unstamped system line.
        var stamps: [ChatStamp?] = []
        /// The day a header names, for time-only stamps.
        var headerDate: (year: Int, month: Int, day: Int)?
        /// The first header line that is no turn and gives no date, and how many there are.
        var preamble: (line: Int, count: Int)?

        /// Whether the last turn is a stamped line holding only a name, whose message may follow on
        /// the next lines (`[4/16/2019 10:02 AM] Leah#1234` in Discord or Teams text).
        var lastIsNameOnly = false
        /// The bracket of the last stamped line (`(` in `( 15:46 ) Name :`), for turns glued inside a line.
        var lastOpener: UInt8?

        mutating func append(_ turn: ChatTurn, stamp: ChatStamp?, nameOnly: Bool = false) {
            turns.append(turn)
            stamps.append(stamp)
            lastIsNameOnly = nameOnly
        }
    }

    /// Pass 1: the turns of `text`, line by line.
    private static func collect(_ text: [UInt8], notices: ChatSystemNotices) -> Transcript {
        var transcript = Transcript(notices: notices)
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
                appendTurns(of: line, text, end: contentEnd, lineNumber: lineNumber, to: &transcript)
            } else if let glued = gluedTurn(text, lineStart..<contentEnd, opener: transcript.lastOpener) {
                appendUnstamped(text, lineStart..<glued.start, lineNumber: lineNumber, to: &transcript)
                appendTurns(of: glued.line, text, end: contentEnd, lineNumber: lineNumber, to: &transcript)
            } else {
                appendUnstamped(text, lineStart..<contentEnd, lineNumber: lineNumber, to: &transcript)
            }
        }
        return transcript
    }

    /// The first bracketed stamp with a speaker inside a line that does not start with one. Live-chat
    /// exports flatten a multi-line message and glue the next turns to its last line
    /// (`… le lien suivant : ( 15:48 ) _Name2_ : https://… ( 15:48 ) _Name1_ : bonjour …`): the text
    /// before the stamp continues the previous turn, the rest are turns of their own, which would
    /// otherwise be lost inside the previous speaker's message. Only the bracket the file's stamped
    /// lines use counts, as in `split`, so that a message quoting `(10:02)` stays whole.
    private static func gluedTurn(
        _ text: [UInt8], _ range: Range<Int>, opener: UInt8?
    ) -> (start: Int, line: ChatStampParser.Line)? {
        guard let opener else { return nil }
        var probe = range.lowerBound
        while probe < range.upperBound {
            if text[probe] == opener, let line = ChatStampParser.parse(text, from: probe, to: range.upperBound),
                line.opener == opener, line.speaker != nil
            {
                return (probe, line)
            }
            probe += 1
        }
        return nil
    }

    private static func appendTurns(
        of line: ChatStampParser.Line, _ text: [UInt8], end: Int, lineNumber: Int, to transcript: inout Transcript
    ) {
        if let opener = line.opener { transcript.lastOpener = opener }
        for (offset, piece) in split(text, line: line, end: end).enumerated() {
            let message = String(decoding: text[piece.start..<piece.end], as: UTF8.self)
            // A dated line without `Name:` is a system line (WhatsApp names the author of every
            // message); a time-only one is a system line when it reads like one, otherwise an
            // unnamed speaker (some tools leave the visitor unnamed).
            // Only a line without a speaker may be a notice here (named turns are checked by the
            // conversation): most lines skip the notice search.
            let reads = piece.speaker == nil && isSystemLine(message, speakerless: true, transcript.notices)
            let isSystem = piece.speaker == nil && (piece.stamp.date != nil || reads)
            transcript.append(
                ChatTurn(
                    ordinal: lineNumber,
                    position: offset == 0 ? "line \(lineNumber)" : "line \(lineNumber), turn \(offset + 1)",
                    speaker: isSystem ? "" : piece.speaker ?? ChatTurn.unnamedSpeaker,
                    declaredRole: isSystem ? .system : nil, text: message, date: nil),
                stamp: piece.stamp,
                nameOnly: offset == 0 && ChatStampParser.isNameOnly(line, text, end: end) && !reads)
        }
    }

    /// A line without a stamp: a header line before the first turn, a system line, or the next line
    /// of the previous turn's message.
    private static func appendUnstamped(
        _ text: [UInt8], _ range: Range<Int>, lineNumber: Int, to transcript: inout Transcript
    ) {
        let trimmed = String(decoding: text[range], as: UTF8.self).trimmingSpaces
        if trimmed.isEmpty { return }
        if transcript.turns.isEmpty {
            if let date = findDate(in: text, range) {
                if transcript.headerDate == nil { transcript.headerDate = date }
            } else if !isSystemLine(trimmed, speakerless: true, transcript.notices) {
                transcript.preamble = (transcript.preamble?.line ?? lineNumber, (transcript.preamble?.count ?? 0) + 1)
            }
            return
        }
        if isSystemLine(trimmed, speakerless: false, transcript.notices) {
            transcript.append(
                ChatTurn(
                    ordinal: lineNumber, position: "line \(lineNumber)", speaker: "", declaredRole: .system,
                    text: trimmed, date: nil),
                stamp: nil)
            return
        }
        let last = transcript.turns.count - 1
        if transcript.lastIsNameOnly {
            // The stamped line named the speaker; this is the first line of the message.
            transcript.turns[last].speaker = transcript.turns[last].text.trimmingSpaces
            transcript.turns[last].declaredRole = nil
            transcript.turns[last].text = trimmed
            transcript.lastIsNameOnly = false
            return
        }
        transcript.turns[last].text += transcript.turns[last].text.isEmpty ? trimmed : "\n" + trimmed
    }

    /// Pass 2: each turn's date, with the file's day/month order; a date no calendar has is a warning
    /// and the turn is kept undated.
    private static func date(_ transcript: inout Transcript, path: String, into output: inout IngestOutput) {
        var samples: [ChatDateOrder.Sample] = []
        for (turn, stamp) in zip(transcript.turns, transcript.stamps) where stamp?.date != nil {
            if let stamp { samples.append(ChatDateOrder.Sample(line: turn.ordinal, stamp: stamp)) }
        }
        let order = ChatDateOrder.decide(samples)
        if let conflict = order.conflict {
            output.findings.append(Finding(source: path, reason: conflict, severity: .warning))
        }
        for index in transcript.turns.indices {
            guard let stamp = transcript.stamps[index] else { continue }
            let day: (year: Int, month: Int, day: Int)?
            if let written = stamp.date {
                day = order.resolve(written)
                if day == nil {
                    let turn = transcript.turns[index]
                    output.findings.append(
                        Finding(
                            source: path, position: turn.position,
                            reason: "no such date \(written.text) read \(order.basis), turn kept undated",
                            severity: .warning, ordinal: turn.ordinal))
                }
            } else {
                day = transcript.headerDate
            }
            guard let day else { continue }
            transcript.turns[index].date = CivilTime.date(
                year: day.year, month: day.month, day: day.day, hour: stamp.hour, minute: stamp.minute,
                second: stamp.second)
        }
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

    /// The text as UTF-8 bytes without a byte-order mark, each line that is not UTF-8 decoded as
    /// Windows-1252 (`ChatStampParser.decodedLine`).
    static func transcriptBytes(_ bytes: [UInt8]) -> [UInt8] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return Array(CharsetDecoder.decode(body, as: .utf16).utf8)
        }
        if String(validating: body, as: UTF8.self) != nil { return Array(body) }
        var text: [UInt8] = []
        text.reserveCapacity(body.count + body.count / 8)
        var start = body.startIndex
        while start < body.endIndex {
            let end = body[start...].firstIndex(of: 0x0A) ?? body.endIndex
            text += ChatStampParser.decodedLine(body[start..<end])
            if end < body.endIndex { text.append(0x0A) }
            start = end + 1
        }
        return text
    }

    private struct Piece {
        var stamp: ChatStamp
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

    /// A `dd/mm/yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd` date anywhere in a header line.
    private static func findDate(in text: [UInt8], _ range: Range<Int>) -> (year: Int, month: Int, day: Int)? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index] >= 0x30, text[index] <= 0x39, index == range.lowerBound || !isDigit(text[index - 1])
            else {
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
            if fields.count == 1, let named = namedMonthDate(text, day: fields[0], after: probe, end: range.upperBound)
            {
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
