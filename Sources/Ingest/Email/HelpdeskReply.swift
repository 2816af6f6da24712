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

    /// Why `body` (the decoded text part, before clean-up) is a helpdesk reply, in the words of
    /// `CompanyAttribution.reason`, or `nil` when it is not one.
    static func reason(in body: String, lists: MailSpeakerLists) -> String? {
        guard !lists.isEmpty else { return nil }
        let lines = MailBodyCleaner.splitLines(body)
        let folded = lines.map(MailBodyCleaner.fold)
        var sawText = false
        var apology = false
        for index in lines.indices {
            if MailBodyCleaner.startsHistory(folded, at: index) { break }
            let raw = lines[index]
            if folded[index].isEmpty || folded[index].hasBytePrefix(">") || folded[index].hasBytePrefix("|>") { continue }
            let line = MailLinePattern.normalise(raw)
            let bytes = line.utf8.count
            if bytes <= markerLineLimit {
                if lists.replyMarkers.contains(where: { $0.matches(line) }) {
                    // Below the customer's own text, the marker starts what they answer.
                    if sawText { break }
                    return "helpdesk reply marker (\(excerpt(raw)))"
                }
                if lists.helpdeskMarkers.contains(where: { $0.matches(line) }) {
                    return "helpdesk ticket notice (\(excerpt(raw)))"
                }
            }
            if apology, bytes <= signoffLineLimit, lists.signoffs.contains(where: { $0.matches(trimmingClosing(line)) }) {
                return "apology signed by a team (\(excerpt(raw)))"
            }
            if !apology, bytes <= apologyLineLimit, lists.apologies.contains(where: { $0.matches(line) }) {
                apology = true
            }
            sawText = true
        }
        return nil
    }

    /// True when `folded` (a line folded by `MailBodyCleaner.fold`) is a reply-above-this-line
    /// marker of `lists`.
    static func isReplyMarker(_ line: Substring, lists: MailSpeakerLists) -> Bool {
        guard !lists.replyMarkers.isEmpty, line.utf8.count <= markerLineLimit else { return false }
        let normalised = MailLinePattern.normalise(line)
        return lists.replyMarkers.contains { $0.matches(normalised) }
    }

    /// A sign-off without the punctuation that closes it (`L'équipe Lumen.`, `The Lumen Team!`).
    private static func trimmingClosing(_ line: String) -> String {
        var text = line
        while let last = text.last, last == "," || last == "." || last == "!" || last == " " { text.removeLast() }
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
