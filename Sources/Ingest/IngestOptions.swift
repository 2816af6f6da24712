/// What ingestion needs to know about the company whose customers speak.
public struct IngestOptions: Sendable, Hashable {
    /// Mail domains of the company (`shop.example`): a sender there is an agent, not a customer.
    public var companyDomains: [String]
    /// Secret for the keyed hash that turns a customer address into a pseudonymous key.
    public var customerKeySecret: String

    /// Environment variable that holds the customer-key secret for nightly runs.
    public static let secretEnvironmentVariable = "VERBATIM_CUSTOMER_KEY_SECRET"

    /// Review-widget selectors per site (`lexicons/sites/*.tsv`, loaded with `SiteProfile.load(from:)`),
    /// used for pages whose reviews are not in schema.org markup.
    public var siteProfiles: [SiteProfile]
    /// Survey column roles that override detection (`SurveyColumnMapping.parse`).
    public var surveyColumnMapping: SurveyColumnMapping

    public init(
        companyDomains: [String] = [],
        customerKeySecret: String = "verbatim-default-key",
        siteProfiles: [SiteProfile] = [],
        surveyColumnMapping: SurveyColumnMapping = SurveyColumnMapping()
    ) {
        self.companyDomains = companyDomains.map { $0.lowercased() }
        self.customerKeySecret = customerKeySecret
        self.siteProfiles = siteProfiles
        self.surveyColumnMapping = surveyColumnMapping
    }
}
