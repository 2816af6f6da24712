/// The identity evidence of one author, gathered from metadata and text, each entry already keyed:
/// `kind:hex` (`Verbatim.evidence`), with `hex` the run's `CustomerKeyer` key of the normalised
/// value, so that no address, phone or order number is kept in clear text.
///
/// - `email`: the address, lowercased: the same key as an e-mail sender's `customer`, so that a
///   customer's key does not change from one version to the next;
/// - `phone`: `tel:` and the E.164 number (RFC 3966: `tel:+33612345678`);
/// - `order`: `order:` and the number in capitals without separators.
///
/// Only the author's: the company's own addresses (a configured `company_domain`, the inferred
/// mailbox) and generic or relay addresses (`IdentityLexicon`) are left out.
struct IdentityEvidence {
    /// The kinds of evidence, as written before the `:` of an entry.
    enum Kind: String, CaseIterable {
        case email, phone, order
    }

    private let options: IngestOptions
    private(set) var entries: Set<String> = []

    init(options: IngestOptions) {
        self.options = options
    }

    /// The entries, sorted, each once (`Verbatim.evidence`).
    var sorted: [String] { entries.sorted() }

    /// Adds `address` unless it is the company's or a generic one; `key` is its key when the caller
    /// has it already (an e-mail sender's `customer`).
    mutating func add(address: String, key: String? = nil) {
        let address = CaseFolding.lower(address.trimmingSpaces)
        guard address.containsBytes("@"), !isExcluded(address) else { return }
        entries.insert(Kind.email.rawValue + ":" + (key ?? options.customerKeyer.key(for: address)))
    }

    /// Adds a phone in E.164 form (`+33612345678`).
    mutating func add(phone: String) {
        entries.insert(Kind.phone.rawValue + ":" + options.customerKeyer.key(for: "tel:" + phone))
    }

    /// Adds a normalised order number (`CMD1234567`).
    mutating func add(order: String) {
        entries.insert(Kind.order.rawValue + ":" + options.customerKeyer.key(for: "order:" + order))
    }

    /// Adds what `text` holds (`IdentityScanner`).
    mutating func scan(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        let found = IdentityScanner(options: options.identity).scan(text)
        for address in found.addresses { add(address: address) }
        for phone in found.phones { add(phone: phone) }
        for order in found.orders { add(order: order) }
    }

    /// The sorted evidence of what `texts` hold (a review's body and title: text evidence only).
    static func of(texts: [String?], options: IngestOptions) -> [String] {
        var evidence = IdentityEvidence(options: options)
        for text in texts { evidence.scan(text) }
        return evidence.sorted
    }

    /// Adds every entry of `other`.
    mutating func formUnion(_ other: [String]) {
        entries.formUnion(other)
    }

    /// Whether `address` is the company's (`MailMessageReader.isCompany`) or generic.
    func isExcluded(_ address: String) -> Bool {
        options.identity.lexicon.isGeneric(address) || MailMessageReader.isCompany(address, options: options)
    }
}
