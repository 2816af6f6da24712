/// The mail speaker lists of `lexicons/speakers/` compiled once when a run's speaker lists are set (`IngestOptions.mailLists`),
/// so that thousands of messages do not compile their patterns each.
public struct MailSpeakerLists: Sendable, Hashable {
    /// Reply-above-this-line markers (`mail-reply-markers`).
    var replyMarkers: [MailLinePattern]
    /// Ticket footers and helpdesk notices (`mail-helpdesk-markers`).
    var helpdeskMarkers: [MailLinePattern]
    /// Apologies in the company's voice (`mail-company-apologies`).
    var apologies: [MailLinePattern]
    /// Team sign-offs (`mail-company-signoffs`).
    var signoffs: [MailLinePattern]
    /// Ticket numbers alone on a line (`mail-ticket-lines`): the company's unless sent from webmail.
    var ticketLines: [MailLinePattern]
    /// Words that make a line a sentence, never a sign-off (`mail-signoff-clause-words`).
    var clauseWords: Set<String>
    /// Public webmail domains (`mail-webmail-domains`).
    var webmailDomains: [String]

    /// The lists held by `speakers`; an absent file gives an empty list (no helpdesk reply found).
    public init(_ speakers: SpeakerLexicon) {
        replyMarkers = MailLinePattern.list("mail-reply-markers", in: speakers)
        helpdeskMarkers = MailLinePattern.list("mail-helpdesk-markers", in: speakers)
        apologies = MailLinePattern.list("mail-company-apologies", in: speakers)
        signoffs = MailLinePattern.list("mail-company-signoffs", in: speakers)
        ticketLines = MailLinePattern.list("mail-ticket-lines", in: speakers)
        clauseWords = Set(speakers["mail-signoff-clause-words"])
        webmailDomains = speakers["mail-webmail-domains"]
    }

    /// True when no list is loaded, so that a reader can skip the body scan.
    var isEmpty: Bool {
        replyMarkers.isEmpty && helpdeskMarkers.isEmpty && ticketLines.isEmpty
            && (apologies.isEmpty || signoffs.isEmpty)
    }
}
