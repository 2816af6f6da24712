/// Recognises the mail a helpdesk tool sends for the company, by its text alone: whoever the
/// sender is (a ticketing address at the tool's domain, a forward), such a reply is the company's.
///
/// Only the message's own text counts: its lines before the quoted history (`MailBodyCleaner`'s
/// attribution lines and Outlook blocks) and not `>`-quoted. A customer who quotes a helpdesk reply
/// below their own words stays a customer; so does one who typed above the reply marker, as asked.
enum HelpdeskReply {
    /// Lines longer than these never match a marker or footer, an apology line or a sign-off: they
    /// are written by tools and teams on a line of their own.
    static let markerLineLimit = 160
    static let apologyLineLimit = 400
    static let signoffLineLimit = 60

    /// What the scan of a message's own text found.
    struct Scan: Equatable {
        /// Why the message is a helpdesk reply, in the words of `CompanyAttribution.reason`;
        /// `nil` when it is not one.
        var reason: String?
        /// The line where the customer's own text ends: a reply-above-this-line marker below it.
        var customerTextEnd: Int?
    }

    /// Scans the lines before `historyStart` of a body split by `MailBodyCleaner.splitLines`
    /// (`lines`) and folded line by line by `MailBodyCleaner.fold` (`folded`), sent by `sender`.
    /// The sender is worked out once, and only when a line needs it (a ticket line, a sign-off
    /// after an apology): most messages have neither, and every message of a mailbox is scanned.
    static func scan(
        lines: [Substring], folded: [String], historyStart: Int, lists: MailSpeakerLists,
        sender: @autoclosure () -> Sender
    ) -> Scan {
        guard !lists.isEmpty else { return Scan() }
        let end = min(historyStart, lines.count)
        var sawText = false
        var apology = false
        var signoff: Int?
        var known: Sender?
        func who() -> Sender {
            if let known { return known }
            let worked = sender()
            known = worked
            return worked
        }
        for index in 0..<end {
            let quick = folded[index]
            if quick.isEmpty || quick.hasBytePrefix(">") || quick.hasBytePrefix("|>") { continue }
            // Folding keeps the byte length of most lines: a long one is prose, whatever it says.
            guard quick.utf8.count <= apologyLineLimit + 40 else {
                sawText = true
                continue
            }
            let line = MailLinePattern.normalised(lines[index])
            if line.count <= markerLineLimit {
                if lists.replyMarkers.contains(where: { $0.matches(bytes: line) }) {
                    // Below the customer's own text, the marker starts what they answer.
                    if sawText { return Scan(customerTextEnd: index) }
                    return Scan(reason: "helpdesk reply marker (\(excerpt(lines[index])))")
                }
                if lists.helpdeskMarkers.contains(where: { $0.matches(bytes: line) }) {
                    return Scan(reason: "helpdesk ticket notice (\(excerpt(lines[index])))")
                }
                // A customer writing from their own mailbox copies their ticket number above their words.
                if lists.ticketLines.contains(where: { $0.matches(bytes: line) }), !who().webmail {
                    return Scan(reason: "helpdesk ticket notice (\(excerpt(lines[index])))")
                }
            }
            if apology, isSignoff(line, lists: lists), who().atCompany || who().isNamed(in: line) {
                signoff = index
            }
            if !apology, line.count <= apologyLineLimit, lists.apologies.contains(where: { $0.matches(bytes: line) }) {
                apology = true
            }
            sawText = true
        }
        if let signoff, closesText(lines: lines, folded: folded, after: signoff, end: end, lists: lists) {
            return Scan(reason: "apology signed by a team (\(excerpt(lines[signoff])))")
        }
        return Scan()
    }

    /// True when `line` (normalised) is a team's sign-off: short, listed, and no sentence (none of
    /// the clause words: "Le service client ne répond jamais." is a complaint, not a signature).
    static func isSignoff(_ line: [UInt8], lists: MailSpeakerLists) -> Bool {
        let bare = trimmingClosing(line)
        guard bare.count <= signoffLineLimit, !hasClauseWord(bare, lists: lists) else { return false }
        return lists.signoffs.contains { $0.matches(bytes: bare) }
    }

    /// True when a word of `line` (cut at spaces, apostrophes and punctuation) is a clause word.
    private static func hasClauseWord(_ line: [UInt8], lists: MailSpeakerLists) -> Bool {
        let words = line.split { byte in
            byte == 0x20 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: ":")
        }
        return words.contains { lists.clauseWords.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// True when the sign-off at `index` closes the message's own text: below it, up to `end`, only
    /// blank lines, a signature (after `-- `), contact lines, or a few short name lines (`Julie`).
    private static func closesText(
        lines: [Substring], folded: [String], after index: Int, end: Int, lists: MailSpeakerLists
    ) -> Bool {
        var names = 0
        for next in (index + 1)..<max(index + 1, end) {
            let quick = folded[next]
            if quick.isEmpty || quick.hasBytePrefix(">") { continue }
            if lines[next] == "-- " || lines[next] == "--" { return true }
            if isContactLine(quick) { continue }
            let line = MailLinePattern.normalised(lines[next])
            let sentence = line.last.map {
                [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":")].contains($0)
            }
            guard line.split(separator: 0x20).count <= 4, sentence != true, !hasClauseWord(line, lists: lists) else {
                return false
            }
            names += 1
            if names > 3 { return false }
        }
        return true
    }

    /// An address, a web address or a telephone number: what follows a name in a signature.
    private static func isContactLine(_ line: String) -> Bool {
        if line.containsBytes("@") || line.containsBytes("http") || line.containsBytes("www.") { return true }
        var digits = 0
        var letters = 0
        for scalar in line.unicodeScalars {
            if scalar.properties.numericType != nil {
                digits += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return digits > letters
    }

    /// A sign-off without the punctuation that closes it (`L'équipe Lumen.`, `The Lumen Team!`).
    static func trimmingClosing(_ line: [UInt8]) -> [UInt8] {
        var text = line
        while let last = text.last,
            last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!")
                || last == 0x20
        {
            text.removeLast()
        }
        return text
    }

    /// The line as written, trimmed, cut to a readable length, with its numbers as `…`, so that
    /// every ticket of one tool gives the same reason (`Votre demande (#…) a été mise à jour`).
    private static func excerpt(_ line: Substring) -> String {
        var text = ""
        var inNumber = false
        for character in line.trimmingSpaces {
            let isDigit = character.isASCII && character.isNumber
            if isDigit, !inNumber { text.append("…") }
            if !isDigit { text.append(character) }
            inNumber = isDigit
        }
        return text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }
}
