/// Whom a reader took for the company (or its bot, or the chat tool) in one input, and why.
///
/// Readers decide who speaks without a configuration file; an analyst who disagrees needs to see
/// each decision to correct it with one line of `verbatim-config.tsv`. The summary page and
/// `manifest.json` list these per input file.
public struct CompanyAttribution: Sendable, Hashable, Comparable {
    /// The side the speaker was put on: `.agent`, `.bot` or `.system`.
    public var role: SkipReason
    /// The speaker as the input names it: a mail domain or address, a chat display name, a tweet
    /// author id. Never a customer's address: only the company side is named.
    public var speaker: String
    /// Why, in words an analyst reads: `configured company_domain`, `role label (Conseiller)`,
    /// `receives 41 of 52 messages and answers 12 threads`, `file name names the customer`.
    public var reason: String
    /// The `verbatim-config.tsv` line that overrides this decision (for instance
    /// `customer_name<TAB>Julie`), empty when none applies.
    public var override: String

    public init(role: SkipReason, speaker: String, reason: String, override: String = "") {
        self.role = role
        self.speaker = speaker
        self.reason = reason
        self.override = override
    }

    public static func < (lhs: CompanyAttribution, rhs: CompanyAttribution) -> Bool {
        (lhs.speaker, lhs.role, lhs.reason) < (rhs.speaker, rhs.role, rhs.reason)
    }
}
