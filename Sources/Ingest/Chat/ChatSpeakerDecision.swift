import VerbatimModel

/// The role decided for one chat speaker, and why: the rule that decided it, in words an analyst
/// reads (`role label (Service Après-Vente)`, `opens with an agent greeting`), and the line of
/// `verbatim-config.tsv` that would overturn it.
struct ChatSpeakerDecision: Sendable, Equatable {
    var role: ChatRole
    /// Empty for a customer nobody took for anything else.
    var reason: String
    /// Whether an analyst's line of `verbatim-config.tsv` decided it (nothing to override then).
    var configured = false
    /// Whether only the speaker's name decided it (a label, a system or bot name): the other
    /// party's opening greeting may still overturn it.
    var fromName = false

    /// A customer by default.
    static let customer = ChatSpeakerDecision(role: .customer, reason: "")

    /// The attribution a reader records for a company-side `speaker`; nil for a customer.
    func attribution(speaker: String) -> CompanyAttribution? {
        let side: SkipReason
        switch role {
        case .customer: return nil
        case .agent: side = .agent
        case .bot: side = .bot
        case .system: side = .system
        }
        return CompanyAttribution(
            role: side, speaker: speaker, reason: reason, override: configured ? "" : "customer_name\t\(speaker)")
    }
}
