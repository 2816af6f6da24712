import VerbatimModel

/// Recognises an input file's format from its first bytes, then from its extension.
///
/// Content first, because corpus folders are full of `.txt` mailboxes and extension-less Maildir
/// files; the extension only breaks ties for content that looks like nothing in particular.
enum FormatSniffer {
    /// How many leading bytes are looked at; enough for a mail header block or a CSV header.
    static let sampleSize = 8192

    /// RFC 5322 / RFC 2822 header names that open a message (a saved `.eml` starts with one of them).
    static let mailHeaders: Set<String> = [
        "from", "date", "subject", "received", "message-id", "return-path", "to", "cc", "reply-to", "delivered-to",
        "mime-version", "content-type", "x-mailer", "sender", "in-reply-to", "references", "envelope-to",
        "dkim-signature", "arc-seal", "authentication-results", "x-original-to", "thread-topic", "user-agent",
    ]

    /// The format of a file whose first bytes are `sample`, named `relativePath`; `nil` when
    /// nothing is recognised.
    static func format(of sample: ArraySlice<UInt8>, relativePath: String) -> InputFormat? {
        let lowerPath = relativePath.lowercased()
        let components = lowerPath.split(separator: "/")
        let fileExtension = components.last.flatMap { name -> String? in
            guard let dot = name.lastIndex(of: ".") else { return nil }
            return String(name[name.index(after: dot)...])
        } ?? ""
        // UTF-16 text (Excel "Unicode text") is a survey by nature: nothing else is written so.
        if sample.count >= 2, (sample.first == 0xFF && sample.dropFirst().first == 0xFE)
            || (sample.first == 0xFE && sample.dropFirst().first == 0xFF)
        {
            return .survey
        }
        var bytes = sample
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = firstLines(of: bytes, limit: 40).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        let trimmedStart = text.drop(while: { $0.isWhitespace })

        if text.hasPrefix("From ") { return .mbox }
        let inMaildir = components.dropLast().contains { $0 == "cur" || $0 == "new" || $0 == "tmp" }
        if looksLikeHeaderBlock(lines) { return inMaildir || fileExtension != "mbox" ? .eml : .mbox }

        let lowered = trimmedStart.prefix(1024).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.hasPrefix("<?xml") && lowered.contains("<html")
            || (lowered.hasPrefix("<!--") && lowered.contains("<html")) || (lowered.hasPrefix("<") && lowered.contains("<html"))
        {
            return .reviewHTML
        }
        let chat = chatLines(of: bytes)
        if trimmedStart.hasPrefix("[") || trimmedStart.hasPrefix("{") {
            // A chat transcript can start with `[10:02]` or `[2016/04/15 15:04] X created group`:
            // JSON only when the bracket opens no chat stamp.
            let first = chat.first { line in !line.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } } ?? []
            if ChatStampParser.parse(first, from: 0, to: first.count) == nil { return .chatJSON }
        }
        // A CSV of support tweets is a chat, by the header grammar its reader reads.
        if TweetColumns.header(of: bytes) != nil { return .chatCSV }
        if looksLikeChat(chat) { return .chatText }
        // Maildir file names carry no extension; what sits in `cur/`, `new/` or `tmp/` is a message.
        if inMaildir { return .eml }
        // "Delimited text" is the weakest evidence of all (any prose with commas has some): a known
        // extension wins over it, so a malformed `.eml` goes to the mail reader, which says what is
        // wrong with it, instead of being read as a survey.
        switch fileExtension {
        case "eml", "msg": return .eml
        case "mbox", "mbx": return .mbox
        case "html", "htm", "xhtml": return .reviewHTML
        case "json", "jsonl", "ndjson": return .chatJSON
        case "csv", "tsv": return provesSurvey(bytes, minimumColumns: 1) ? .survey : nil
        default: return provesSurvey(bytes, minimumColumns: 2) ? .survey : nil
        }
    }

    /// Whether the sample reads as a survey export under `CSVParser`, the survey reader's own
    /// grammar: a header row of at least `minimumColumns` cells that are mostly labels (non-empty
    /// short text, not numbers), and a clear majority (two thirds) of the records after it with
    /// the header's cell count. A record cut by the end of a full sample is not counted.
    static func provesSurvey(_ bytes: ArraySlice<UInt8>, minimumColumns: Int) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let delimiter = CSVParser.sniffDelimiter(text)
        var records = CSVParser(delimiter: delimiter).parse(text).records
            .filter { !($0.fields.count == 1 && $0.fields[0].allSatisfy(\.isWhitespace)) }
        guard let header = records.first, header.fields.count >= minimumColumns, isLabelRow(header.fields) else {
            return false
        }
        records.removeFirst()
        if bytes.count + 3 >= sampleSize, !records.isEmpty { records.removeLast() }
        guard !records.isEmpty else { return true }
        let matching = records.count { $0.fields.count == header.fields.count }
        return matching * 3 >= records.count * 2
    }

    /// At least half the cells non-empty, and two thirds of those short text rather than numbers:
    /// what a header row is, and what a row of random bytes or figures is not.
    static func isLabelRow(_ cells: [String]) -> Bool {
        let filled = cells.map { String($0.trimmingCharacters()) }.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.count * 2 >= cells.count else { return false }
        let labels = filled.count { cell in
            cell.count <= 300 && Double(cell.replacingOccurrences(",", with: ".")) == nil && cell.contains(where: \.isLetter)
        }
        return labels * 3 >= filled.count * 2
    }

    /// Whether `sample` opens a mailbox (`From ` line) or a message (a header block). Such a file
    /// is mail whatever follows: a message may carry parts in any charset, even NUL bytes in a
    /// `binary` part, which would otherwise make it look like binary data.
    static func opensAMessage(_ sample: ArraySlice<UInt8>) -> Bool {
        var bytes = sample
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array("From ".utf8)) { return true }
        return looksLikeHeaderBlock(firstLines(of: bytes, limit: 40).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 })
    }

    /// The first `limit` lines of the UTF-8 `bytes`, as `textLines()` splits them (at LF, a CR
    /// before it belonging to the break), found on the bytes: splitting the whole 8 KB sample into
    /// `Character`s was a twelfth of a run over many small files.
    static func firstLines(of bytes: ArraySlice<UInt8>, limit: Int) -> [String] {
        var lines: [String] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex && lines.count < limit {
            if bytes[index] == 0x0A {
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        if lines.count < limit { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }

    /// At least two `Name: value` header lines at the top, one of them a known mail header.
    static func looksLikeHeaderBlock(_ lines: [String]) -> Bool {
        var headers = 0
        var known = 0
        for line in lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }  // folded header continuation
            let name = line.firstIndex(of: ":").map { line[..<$0] } ?? ""
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                // A malformed line, or a body without the blank line, after a sound block: still mail.
                if headers >= 3 && known >= 2 { break } else { return false }
            }
            headers += 1
            if mailHeaders.contains(name.lowercased()) { known += 1 }
            if headers >= 12 { break }
        }
        return headers >= 2 && known >= 1
    }

    /// How many lines of the sample are looked at for chat lines: a WhatsApp export may open with a
    /// long multi-line message.
    static let chatSampleLines = 400

    /// A speaker line, or a name-only stamp line whose next line starts no turn (its message).
    private static func isSpeakerEvidence(_ line: [UInt8], next: [UInt8]?) -> Bool {
        if ChatStampParser.isSpeakerLine(line, from: 0, to: line.count) { return true }
        guard let next, let parsed = ChatStampParser.parse(line, from: 0, to: line.count),
            ChatStampParser.isNameOnly(parsed, line, end: line.count)
        else { return false }
        return ChatStampParser.parse(next, from: 0, to: next.count) == nil
    }

    /// The first `chatSampleLines` lines of `bytes`, each decoded as the chat reader decodes it.
    static func chatLines(of bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = bytes.startIndex
        while start < bytes.endIndex, lines.count < chatSampleLines {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let content = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            lines.append(ChatStampParser.decodedLine(bytes[start..<content]))
            start = end + 1
        }
        return lines
    }

    /// Whether `lines` read as a chat transcript under the reader's own grammar: two speaker lines,
    /// or a first line that is one (a single long message). A name-only stamp line followed by a
    /// line of text (`[10:02 AM] Jean Dupont`, then the message) is a speaker line.
    static func looksLikeChat(_ lines: [[UInt8]]) -> Bool {
        var speakerLines = 0
        var sawText = false
        let filled = lines.filter { !$0.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) }
        for (index, line) in filled.enumerated() {
            guard isSpeakerEvidence(line, next: index + 1 < filled.count ? filled[index + 1] : nil) else {
                sawText = true
                continue
            }
            if !sawText { return true }
            speakerLines += 1
            if speakerLines >= 2 { return true }
        }
        return false
    }
}

extension String {
    fileprivate func trimmingCharacters() -> Substring { Substring(self).trimmingCharactersInSet() }

    fileprivate func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}

extension Substring {
    fileprivate func trimmingCharactersInSet() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return result
    }
}
