extension MailMessageReader {
    /// The message's customer key (the sender's, keyed) and its author's identity evidence
    /// (`IdentityEvidence`): the sender's address, keyed as the customer is; the `Reply-To` address
    /// when the sender is a generic or relay address (a marketplace's buyer relay, a `noreply` form
    /// mailer), which then stands for the person; and what the customer's own words and the subject
    /// (`texts`) hold. A company or generic address is left out.
    static func identity(
        _ sender: String?, _ headers: MailHeaders, _ bytes: [UInt8], texts: [String?], options: IngestOptions
    ) -> (customer: String?, evidence: [String]) {
        let customer = sender.map { options.customerKeyer.key(for: $0) }
        var evidence = IdentityEvidence(options: options)
        if let sender {
            evidence.add(address: sender, key: customer)
            if options.identity.lexicon.isGeneric(sender),
                let replyTo = headers.rawValue("reply-to", in: bytes).flatMap(MailAddress.address(in:))
            {
                evidence.add(address: replyTo)
            }
        }
        for text in texts { evidence.scan(text) }
        return (customer, evidence.sorted)
    }
}
