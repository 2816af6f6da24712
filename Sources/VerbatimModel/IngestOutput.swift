/// What a reader returns for one input file (or one shard of a large mailbox).
public struct IngestOutput: Sendable {
    /// Customer verbatims in file order.
    public var verbatims: [Verbatim]
    /// Problems met, in file order.
    public var findings: [Finding]
    /// Messages or turns deliberately skipped, counted by reason.
    public var skipped: [SkipReason: Int]
    /// Which format or site profile read the file (`mbox`, `eml`, `chat-text`, `json-ld`, `survey-csv` …).
    public var format: String
    /// Whom the reader took for the company side in this input, and why (one entry per speaker,
    /// sorted); the summary and `manifest.json` show them.
    public var company: [CompanyAttribution] = []

    public init(
        verbatims: [Verbatim] = [],
        findings: [Finding] = [],
        skipped: [SkipReason: Int] = [:],
        format: String
    ) {
        self.verbatims = verbatims
        self.findings = findings
        self.skipped = skipped
        self.format = format
    }

    /// Counts one skipped message or turn.
    public mutating func skip(_ reason: SkipReason, count: Int = 1) {
        skipped[reason, default: 0] += count
    }

    /// Records whom the reader took for the company side; a speaker is named once per reason.
    public mutating func attribute(_ attribution: CompanyAttribution) {
        guard !company.contains(attribution) else { return }
        company.append(attribution)
        company.sort()
    }
}
