/// The counts that make one candidate domain the mailbox's own or not (see `MailboxInference`).
struct MailboxEvidence {
    /// Messages from elsewhere with the domain (or a sub-domain) among `To`/`Cc`.
    private(set) var received = 0
    /// Messages from elsewhere.
    private(set) var fromElsewhere = 0
    /// Messages from the domain that answer a message from elsewhere.
    private(set) var answered = 0
    private var correspondents: Set<String> = []
    let domain: String

    /// Counts the evidence for `domain` in `messages`; `senders` maps a message id to its sender's
    /// domain, to tell whom a reply answers.
    init(domain: String, messages: [MailHeaderSummary], senders: [String: String]) {
        self.domain = domain
        for message in messages {
            if MailboxInference.isInside(message.senderDomain, domain) {
                if let parent = message.parentID, let parentDomain = senders[parent],
                    !MailboxInference.isInside(parentDomain, domain)
                {
                    answered += 1
                }
                continue
            }
            fromElsewhere += 1
            if message.recipientDomains.contains(where: { MailboxInference.isInside($0, domain) }) {
                received += 1
                correspondents.insert(message.sender)
            }
        }
    }

    /// Real evidence (two senders, or an answer and a message received) and a majority of the mail
    /// sent from elsewhere.
    var qualifies: Bool {
        let enough = (received >= 2 && correspondents.count >= 2) || (answered >= 1 && received >= 1)
        return enough && received * 2 > fromElsewhere
    }

    /// The evidence as an inferred domain, `messages` being all the messages summarised.
    func summary(messages: Int) -> MailboxInference.Domain {
        MailboxInference.Domain(
            domain: domain, received: received, correspondents: correspondents.count, answered: answered,
            messages: messages)
    }
}
