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
    /// (`lines`) and folded line by line by `MailBodyCleaner.fold` (`folded`).
    static func scan(lines: [Substring], folded: [String], historyStart: Int, lists: MailSpeakerLists) -> Scan {
        guard !lists.isEmpty else { return Scan() }
        var sawText = false
        var apology = false
        for index in 0..<min(historyStart, lines.count) {
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
            }
            if apology, line.count <= signoffLineLimit,
                lists.signoffs.contains(where: { $0.matches(bytes: trimmingClosing(line)) })
            {
                return Scan(reason: "apology signed by a team (\(excerpt(lines[index])))")
            }
            if !apology, line.count <= apologyLineLimit, lists.apologies.contains(where: { $0.matches(bytes: line) }) {
                apology = true
            }
            sawText = true
        }
        return Scan()
    }

    /// A sign-off without the punctuation that closes it (`L'équipe Lumen.`, `The Lumen Team!`).
    private static func trimmingClosing(_ line: [UInt8]) -> [UInt8] {
        var text = line
        while let last = text.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!")
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
