public import Foundation
public import Ingest
public import Lexicons
public import Reporting

/// Everything one `verbatim analyze` run needs.
public struct AnalyzeConfiguration: Sendable {
    /// The corpus folder.
    public var corpus: URL
    /// The report folder (created when missing).
    public var output: URL
    /// The lexicon folder.
    public var lexicons: URL
    /// A journey file; `nil` for the default e-commerce journey.
    public var journey: URL?
    /// Files read and analysed at once; defaults to the number of cores.
    public var jobs: Int
    public var dialect: CSVDialect
    /// Keep e-mail addresses, phone numbers and the like in quotes and text.
    public var keepPersonalData: Bool
    /// Company domains given on the command line, added to the corpus configuration's.
    public var companyDomains: [String]
    /// Secret of the customer-key hash.
    public var customerKeySecret: String
    /// Environment variable holding the customer-key secret.
    public static let secretEnvironmentVariable = IngestOptions.secretEnvironmentVariable

    /// Mailboxes and survey exports larger than this are split into shards of about this size.
    public var shardBytes: Int
    /// Input bytes that may be read and analysed ahead of the ordered consumer: one and a half
    /// shards (12 MB) per job by default. Analysed records take a few times their input size, so
    /// this bounds the run's memory whatever the corpus size; per job, so that two 4 MB mailboxes
    /// or two shards can be read at once (a single 8 MB budget let only one of them run, and a
    /// mailbox folder used one core).
    public var memoryBudgetBytes: Int
    /// The history store; `nil` for `output/history.sqlite`.
    public var history: URL?
    /// The date the run stands for (default: when it starts); runs are compared in this order.
    public var asOf: Date?
    /// A chat JSON field-mapping file (`ChatFieldMapping`), for exports with unusual field names.
    public var chatMapping: URL?
    /// A survey column-mapping file (`SurveyColumnMapping`) that overrides column detection.
    public var surveyMapping: URL?
    /// Only verbatims dated in `[since, until]` (UTC days, inclusive) are analysed when set.
    public var since: Date?
    public var until: Date?
    /// File size and line length limits (`--max-file-size`, `--max-line-length`).
    public var limits = IngestLimits()
    /// Third-party lexicons (`--extra-lexicon`) overlaid on ours, in order: ours win, then earlier files.
    public var extraLexicons: [ExtraLexiconReference] = []
    /// Wait for another run holding the output folder instead of failing with exit status 5.
    public var waitForLock = false
    /// Analyse every unit again, ignoring the incremental cache of the history, and replace the
    /// cache with this run's results (`--rebuild`).
    public var rebuild = false
    /// Called by the ordered consumer after each unit, with how far the run is (the command line
    /// draws it on a terminal); the library itself prints nothing.
    public var progress: (@Sendable (RunProgress) -> Void)?

    public init(
        corpus: URL,
        output: URL,
        lexicons: URL,
        journey: URL? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        dialect: CSVDialect = .excelFR,
        keepPersonalData: Bool = false,
        companyDomains: [String] = [],
        customerKeySecret: String = IngestOptions().customerKeySecret,
        shardBytes: Int = 8 << 20,
        history: URL? = nil,
        asOf: Date? = nil,
        since: Date? = nil,
        until: Date? = nil,
        chatMapping: URL? = nil,
        surveyMapping: URL? = nil
    ) {
        self.corpus = corpus
        self.output = output
        self.lexicons = lexicons
        self.journey = journey
        self.jobs = max(1, jobs)
        // A shard ends at the first message or record boundary after `shardBytes`, so a little
        // more than one per job: with exactly 8 MB per job, two 8.4 MB survey shards could not
        // run at once and a large export used one core.
        memoryBudgetBytes = max(8 << 20, shardBytes + shardBytes / 2) * max(1, jobs)
        self.dialect = dialect
        self.keepPersonalData = keepPersonalData
        self.companyDomains = companyDomains
        self.customerKeySecret = customerKeySecret
        self.shardBytes = shardBytes
        self.history = history
        self.asOf = asOf
        self.since = since
        self.until = until
        self.chatMapping = chatMapping
        self.surveyMapping = surveyMapping
    }

    /// Where the history store is.
    public var historyURL: URL { history ?? output.appendingPathComponent("history.sqlite") }
}
