/// The mailbox's own domain, worked out from the headers of a corpus's mail when no
/// `company_domain` is configured: the domain that receives most of the mail sent from elsewhere,
/// and answers it.
///
/// A support mailbox exported as it is holds the customers' mail `To:` the shop and the shop's
/// replies `From:` it, `In-Reply-To` a customer's message. A heap of unrelated messages (a parser's
/// test fixtures, a personal archive) has no such domain, and nothing is inferred from it.
///
/// A domain is the company when, counting its sub-domains as itself:
/// - it receives mail from at least two senders, or it answers at least one message from another
///   domain and receives at least one (never one message alone);
/// - it receives more than half of the messages sent from other domains (a mailbox, not a party
///   among many);
/// - it is not a public webmail or Internet-provider domain (`mail-webmail-domains.tsv`) nor a
///   `customer_domain` of the configuration;
/// - of two such domains that write to each other (a B2B customer, a marketplace in copy), it has
///   more senders writing to it or more threads answered, and no less of the other; with even
///   evidence the headers cannot tell which side is the mailbox's, and neither is kept.
public struct MailboxInference: Sendable, Hashable {
    /// One inferred domain and its evidence.
    public struct Domain: Sendable, Hashable {
        public var domain: String
        /// Messages from other domains with this one (or a sub-domain) among `To`/`Cc`.
        public var received: Int
        /// Distinct sender addresses of those messages.
        public var correspondents: Int
        /// Messages from this domain whose parent is a message from another domain.
        public var answered: Int
        /// Messages summarised in the whole corpus.
        public var messages: Int

        /// The evidence in an analyst's words: `receives 41 of 52 messages (30 senders), answers 12`.
        public var reason: String {
            var text =
                "receives \(received) of \(messages) messages (\(correspondents) sender\(correspondents == 1 ? "" : "s"))"
            if answered > 0 { text += ", answers \(answered)" }
            return text
        }
    }

    /// The inferred domains, sorted; empty when the headers show no mailbox.
    public var domains: [Domain]

    public init(domains: [Domain] = []) {
        self.domains = domains.sorted { $0.domain < $1.domain }
    }

    /// The inferred domain that `address` is at (the domain itself or a sub-domain of it).
    public func domain(of address: String) -> Domain? {
        let host = MailAddress.domain(of: address.lowercased())
        return domains.first { MailboxInference.isInside(host, $0.domain) }
    }

    /// Infers the mailbox's domains from `summaries`; `webmail` holds the entries of
    /// `mail-webmail-domains.tsv`, `customerDomains` the configured `customer_domain` values.
    public static func infer(
        from summaries: [MailHeaderSummary], webmail: [String], customerDomains: [String]
    ) -> MailboxInference {
        let messages = summaries.filter { !$0.senderDomain.isEmpty }
        let senders: [String: String] = Dictionary(
            messages.compactMap { summary in summary.messageID.map { ($0, summary.senderDomain) } },
            uniquingKeysWith: { first, _ in first })
        let vetoes = customerDomains.map { $0.lowercased() }.filter { !$0.containsBytes("@") }
        let candidates = candidateDomains(messages).filter { candidate in
            !isWebmail(candidate, webmail) && !vetoes.contains { isInside(candidate, $0) }
        }
        var qualified: [Domain] = []
        for candidate in candidates {
            let evidence = MailboxEvidence(domain: candidate, messages: messages, senders: senders)
            if evidence.qualifies { qualified.append(evidence.summary(messages: messages.count)) }
        }
        return MailboxInference(domains: settle(qualified, messages: messages))
    }

    /// The recipient domains, and those of their parent domains that also appear in the headers
    /// (`shop.example` for mail to `support.shop.example` answered from `shop.example`), the
    /// sixteen that receive most (a mailbox's domain receives more than half of the mail, so it is
    /// among them), in a stable order.
    static func candidateDomains(_ messages: [MailHeaderSummary]) -> [String] {
        var seen = Set(messages.map(\.senderDomain))
        for message in messages { seen.formUnion(message.recipientDomains) }
        var counts: [String: Int] = [:]
        for message in messages {
            var reached: Set<String> = []
            for domain in message.recipientDomains where domain.containsBytes(".") {
                reached.insert(domain)
                var parent = Substring(domain)
                while let dot = parent.firstIndex(of: "."), parent[parent.index(after: dot)...].containsBytes(".") {
                    parent = parent[parent.index(after: dot)...]
                    if seen.contains(String(parent)) { reached.insert(String(parent)) }
                }
            }
            for domain in reached { counts[domain, default: 0] += 1 }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(16).map(\.key)
    }

    /// Settles the domains that write to each other, and drops the sub-domains of another inferred
    /// domain (the parent already covers them). Of two domains writing to each other (a shop and a
    /// B2B customer, a shop and the marketplace it sells on), one is the mailbox's only when it
    /// `outweighs` the other; with even evidence the headers cannot tell, and neither is kept.
    private static func settle(_ qualified: [Domain], messages: [MailHeaderSummary]) -> [Domain] {
        func writes(_ from: String, to: String) -> Bool {
            messages.contains { isInside($0.senderDomain, from) && $0.recipientDomains.contains { isInside($0, to) } }
        }
        let kept = qualified.filter { one in
            !qualified.contains { other in
                other.domain != one.domain && !isInside(other.domain, one.domain) && !isInside(one.domain, other.domain)
                    && writes(one.domain, to: other.domain) && writes(other.domain, to: one.domain)
                    && !outweighs(one, other)
            }
        }
        return kept.filter { one in !kept.contains { $0.domain != one.domain && isInside(one.domain, $0.domain) } }
    }

    /// More evidence on one count and no less on the other: more senders writing to it, or more
    /// threads answered. A mailbox hears from many customers and answers them; the organisation it
    /// corresponds with hears from the mailbox's few agents and answers none of its customers.
    static func outweighs(_ one: Domain, _ other: Domain) -> Bool {
        (one.correspondents > other.correspondents && one.answered >= other.answered)
            || (one.answered > other.answered && one.correspondents >= other.correspondents)
    }

    /// True when `host` is `domain` or one of its sub-domains.
    static func isInside(_ host: String, _ domain: String) -> Bool {
        host == domain || (host.utf8.count > domain.utf8.count && host.hasSuffix("." + domain))
    }

    /// True when `domain` is a public webmail or provider domain of `entries` (a domain, its
    /// sub-domains, or `name.*`: that name under a short public suffix such as `fr` or `co.uk`).
    public static func isWebmail(_ domain: String, _ entries: [String]) -> Bool {
        entries.contains { entry in
            guard entry.hasSuffix(".*") else { return isInside(domain, entry) }
            let name = entry.dropLast(1)
            guard domain.hasBytePrefix(String(name)) else { return false }
            let suffix = domain.dropFirst(name.count).split(separator: ".", omittingEmptySubsequences: false)
            return (1...2).contains(suffix.count) && suffix.allSatisfy { (2...3).contains($0.count) }
        }
    }
}
