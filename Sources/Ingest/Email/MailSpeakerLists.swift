/// The mail speaker lists of `lexicons/speakers/` compiled once per run (`IngestOptions.mailLists`),
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

    /// The lists held by `speakers`; an absent file gives an empty list (no helpdesk reply found).
    public init(_ speakers: SpeakerLexicon) {
        replyMarkers = MailLinePattern.list("mail-reply-markers", in: speakers)
        helpdeskMarkers = MailLinePattern.list("mail-helpdesk-markers", in: speakers)
        apologies = MailLinePattern.list("mail-company-apologies", in: speakers)
        signoffs = MailLinePattern.list("mail-company-signoffs", in: speakers)
    }

    /// True when no list is loaded, so that a reader can skip the body scan.
    var isEmpty: Bool {
        replyMarkers.isEmpty && helpdeskMarkers.isEmpty && (apologies.isEmpty || signoffs.isEmpty)
    }
}
