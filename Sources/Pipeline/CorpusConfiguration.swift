public import Foundation
public import Ingest
public import Lexicons
public import PersonalData

/// Per-corpus settings from an optional `verbatim-config.tsv` at the corpus root.
///
/// The file is a TSV like the lexicons (`key<TAB>value`, `#` comments); keys may repeat:
/// `company_domain` (a sender there is an agent), `agent_name` and `bot_name` (chat speaker names or
/// prefixes that are not customers), `customer_domain` and `customer_name` (never the company, to
/// correct what the readers infer), and for identity evidence (issue 18) `phone_country` (once: the
/// calling code whose national numbers, `06 12 34 56 78`, are phones) and `order_pattern` (the
/// shop's order number forms, regular expressions). Command-line options add to it.
public struct CorpusConfiguration: Sendable, Hashable {
    /// The file name looked for at the corpus root.
    public static let fileName = "verbatim-config.tsv"

    public var companyDomains: [String] = []
    public var agentNames: [String] = []
    public var botNames: [String] = []
    public var customerDomains: [String] = []
    public var customerNames: [String] = []
    /// The country of national phone numbers (`phone_country`); `nil`: international forms only.
    public var phoneCountry: NationalPhonePlan?
    /// The shop's order number forms (`order_pattern`); empty: the default form.
    public var orderPatterns: [OrderPattern] = []

    public init(companyDomains: [String] = [], agentNames: [String] = [], botNames: [String] = []) {
        self.companyDomains = companyDomains
        self.agentNames = agentNames
        self.botNames = botNames
    }

    /// Reads `root/verbatim-config.tsv`; an absent file gives an empty configuration.
    public static func load(corpus root: URL) throws(LexiconError) -> CorpusConfiguration {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return CorpusConfiguration() }
        let table = try TSVTable(contentsOf: url)
        let keyColumn = try table.column("key")
        let valueColumn = try table.column("value")
        var configuration = CorpusConfiguration()
        for row in table.rows {
            let value = row[valueColumn]
            guard !value.isEmpty else {
                throw .malformed(file: fileName, line: row.line, reason: "empty value for '\(row[keyColumn])'")
            }
            switch row[keyColumn] {
            case "company_domain": configuration.companyDomains.append(value.lowercased())
            case "agent_name": configuration.agentNames.append(value)
            case "bot_name": configuration.botNames.append(value)
            case "customer_domain": configuration.customerDomains.append(value.lowercased())
            case "customer_name": configuration.customerNames.append(value)
            case "phone_country", "order_pattern": try configuration.readIdentity(row[keyColumn], value, line: row.line)
            case let key:
                throw .malformed(
                    file: fileName, line: row.line,
                    reason:
                        "unknown key '\(key)' (expected company_domain, agent_name, bot_name, customer_domain, "
                        + "customer_name, phone_country or order_pattern)"
                )
            }
        }
        return configuration
    }

    /// Reads a `phone_country` or `order_pattern` line; an unknown country, a second country or an
    /// invalid regular expression is an error naming the line.
    private mutating func readIdentity(_ key: String, _ value: String, line: Int) throws(LexiconError) {
        if key == "phone_country" {
            guard phoneCountry == nil else {
                throw .malformed(file: Self.fileName, line: line, reason: "phone_country given twice")
            }
            guard let plan = NationalPhonePlan.named(value) else {
                throw .malformed(
                    file: Self.fileName, line: line,
                    reason:
                        "phone_country '\(value)': no national numbering plan known (known: \(NationalPhonePlan.known))"
                )
            }
            phoneCountry = plan
            return
        }
        do {
            orderPatterns.append(try OrderPattern(value))
        } catch {
            throw .malformed(
                file: Self.fileName, line: line, reason: "order_pattern '\(value)' is no valid regular expression")
        }
    }
}
