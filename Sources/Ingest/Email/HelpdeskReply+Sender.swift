extension HelpdeskReply {
    /// Who sent a message, as far as the text rules need it: an apology signed by a team is the
    /// company's only when the sender is at the company's domain or the sign-off names the company
    /// (a B2B customer signing "L'équipe de la Boulangerie Martin" stays a customer), and a ticket
    /// number alone on a line is the company's only when the sender is not at a webmail domain.
    struct Sender: Equatable {
        /// The company's names as its domains spell them (`lumiere-shop.fr` → `lumiereshop`, and
        /// its first word `lumiere`), folded: from the configured `company_domain` values, else
        /// the mailbox domains inferred from the headers. Empty when the run knows no company.
        var companyNames: [CompanyName] = []
        /// The sender is at a configured or inferred company domain.
        var atCompany = false
        /// The sender is at a public webmail or Internet-provider domain.
        var webmail = false

        /// One company name: the domain label without separators, and its first word.
        struct CompanyName: Equatable {
            var compact: [UInt8]
            var firstWord: [UInt8]
        }

        /// The sender `address` of a message read with `options`.
        init(address: String?, options: IngestOptions, lists: MailSpeakerLists) {
            let domains =
                options.companyDomains.isEmpty
                ? options.mailbox.domains.map(\.domain)
                : options.companyDomains.map { $0.containsBytes("@") ? MailAddress.domain(of: $0) : $0 }
            companyNames = domains.compactMap(Self.name(of:))
            if let address {
                atCompany = MailMessageReader.isCompany(address, options: options)
                webmail = MailboxInference.isWebmail(MailAddress.domain(of: address), lists.webmailDomains)
            }
        }

        /// Labels under a country code that are part of the public suffix (`co.uk`, `com.au`).
        private static let secondLevelSuffixes: Set<String> = ["co", "com", "org", "net", "gov", "gouv", "ac", "asso"]

        /// The registrable label of `domain` (`support.lumiere-shop.fr` → `lumiere-shop`) as a name.
        static func name(of domain: String) -> CompanyName? {
            var labels = domain.lowercased().split(separator: ".").map(String.init)
            guard labels.count >= 2 else { return nil }
            labels.removeLast()
            if labels.count >= 2, let last = labels.last, secondLevelSuffixes.contains(last) { labels.removeLast() }
            guard let label = labels.last else { return nil }
            let compact = Array(label.utf8.filter(isAlphanumeric))
            let first = Array(label.utf8.prefix { isAlphanumeric($0) })
            guard compact.count >= 3 else { return nil }
            return CompanyName(compact: compact, firstWord: first.count >= 3 ? first : compact)
        }

        /// True when the normalised `line` names the company: it holds the domain label spelled
        /// without separators (`Lumière Shop`, `LumiereShop`) or its first word as a word (`Lumière`).
        func isNamed(in line: [UInt8]) -> Bool {
            let compact = line.filter(Self.isAlphanumeric)
            let words = line.split { !Self.isAlphanumeric($0) }
            return companyNames.contains { name in
                compact.containsSubsequence(name.compact) || words.contains { $0.elementsEqual(name.firstWord) }
            }
        }

        private static func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
        }
    }
}

extension Array where Element == UInt8 {
    /// True when `needle` occurs in the array as a contiguous run.
    fileprivate func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
