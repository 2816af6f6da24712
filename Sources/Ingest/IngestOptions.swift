/// What ingestion needs to know about the company whose customers speak.
public struct IngestOptions: Sendable, Hashable {
    /// Mail domains of the company (`shop.example`): a sender there is an agent, not a customer.
    /// An entry holding `@` names one company address instead of a domain.
    public var companyDomains: [String]
    /// Secret for the keyed hash that turns a customer address into a pseudonymous key.
    public var customerKeySecret: String {
        didSet { customerKeyer = CustomerKeyer(secret: customerKeySecret) }
    }
    /// The keyed hash prepared with `customerKeySecret`.
    public private(set) var customerKeyer: CustomerKeyer
    /// Chat speaker names (or words in them) that are always the company's agents (`agent_name` in
    /// `verbatim-config.tsv`), matched whole-word, case- and accent-insensitively: `Conseillère Julie`
    /// matches `Conseillere`. The role labels found without configuration are the speaker list
    /// `chat-agent-labels` (`speakers`).
    public var agentNames: [String]
    /// Chat speaker names (or words in them) that are always the company's bot (`bot_name`); the
    /// labels found without configuration are the speaker list `chat-bot-labels`.
    public var botNames: [String]
    /// Field paths for JSON chat exports with unusual shapes (from a mapping file).
    public var chatFields: ChatFieldMapping
    /// Mail domains (or addresses, with `@`) that are never the company, whatever inference says
    /// (`customer_domain` in `verbatim-config.tsv`), lowercased.
    public var customerDomains: [String] = []
    /// The mailbox's own domain(s) inferred from the corpus's mail headers (`MailboxInference`),
    /// used when `companyDomains` is empty.
    public var mailbox = MailboxInference()
    /// Chat speaker names that are always the customer (`customer_name`), matched like `agentNames`.
    public var customerNames: [String] = []
    /// Phrase and name lists that tell who speaks (`lexicons/speakers/`, see `SpeakerLexicon`).
    public var speakers = SpeakerLexicon() {
        didSet {
            chatLists = ChatSpeakerLists(speakers)
            mailLists = MailSpeakerLists(speakers)
        }
    }
    /// The chat and mail lists of `speakers`, prepared once when `speakers` is set, not per turn or
    /// message (an initialiser that sets `speakers` directly must prepare them too: `didSet` does
    /// not run there).
    private(set) var chatLists = ChatSpeakerLists(SpeakerLexicon())
    private(set) var mailLists = MailSpeakerLists(SpeakerLexicon())

    /// Environment variable that holds the customer-key secret for nightly runs.
    public static let secretEnvironmentVariable = "VERBATIM_CUSTOMER_KEY_SECRET"

    /// Review-widget selectors per site (`lexicons/sites/*.tsv`, loaded with `SiteProfile.load(from:)`),
    /// used for pages whose reviews are not in schema.org markup.
    public var siteProfiles: [SiteProfile]
    /// Survey column roles that override detection (`SurveyColumnMapping.parse`).
    public var surveyColumnMapping: SurveyColumnMapping
    /// File size and line length limits.
    public var limits = IngestLimits()
    /// Phone country, order number forms and the lists of what is nobody's identity, for the
    /// identity evidence of every verbatim (`IdentityEvidence`).
    public var identity = IdentityOptions()

    /// Options for one run; domains are lowercased. Speaker lists (`speakers`) start empty: a run
    /// loads them from `lexicons/speakers`.
    public init(
        companyDomains: [String] = [],
        customerKeySecret: String = "verbatim-default-key",
        agentNames: [String] = [],
        botNames: [String] = [],
        siteProfiles: [SiteProfile] = [],
        chatFields: ChatFieldMapping = ChatFieldMapping(),
        surveyColumnMapping: SurveyColumnMapping = SurveyColumnMapping()
    ) {
        self.companyDomains = companyDomains.map { $0.lowercased() }
        self.customerKeySecret = customerKeySecret
        customerKeyer = CustomerKeyer(secret: customerKeySecret)
        self.agentNames = agentNames
        self.botNames = botNames
        self.siteProfiles = siteProfiles
        self.chatFields = chatFields
        self.surveyColumnMapping = surveyColumnMapping
    }
}
