public import VerbatimModel

/// What a run did, for the summary on stderr, the manifest and the exit status.
public struct RunSummary: Sendable {
    /// Input units read (files, or shards of a large mailbox or survey export).
    public var units = 0
    /// Files read (a file read in shards counts once).
    public var files = 0
    /// Bytes read.
    public var bytes = 0
    /// Verbatims with text written to `verbatims.csv`.
    public var verbatims = 0
    /// Survey responses and star-only reviews with scores but no comment (they count for the scores only).
    public var scoreOnlyResponses = 0
    /// Findings by severity.
    public var errors = 0
    public var warnings = 0
    /// Messages and turns skipped on purpose, by reason.
    public var skipped: [SkipReason: Int] = [:]
    /// Whom each input file's reader took for the company side (agents, bots, system), and why,
    /// keyed by the file's path in the corpus; files without such a decision are absent.
    public var company: [String: [CompanyAttribution]] = [:]
    /// Files read by each format or site profile.
    public var formats: [String: Int] = [:]
    public var byChannel: [Channel: Int] = [:]
    public var byLanguage: [Language: Int] = [:]
    /// Verbatims left out by `--since` / `--until` (including undated ones when a window is set).
    public var outsideDateWindow = 0
    /// The date of the run this one was compared with, if any.
    public var previousRun: String?
    /// Rows whose change since the previous run is significant after Benjamini–Hochberg.
    public var significantChanges = 0
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// The touchpoints ranked first, for the summary.
    public var topHotspots: [(touchpoint: String, negativeShare: Double, count: Int)] = []
    /// One line per `--extra-lexicon` file: what it added and what ours shadowed (`ThirdPartyOverlay.summary`).
    public var extraLexicons: [String] = []
    /// The file a damaged history was renamed to before a fresh one was started, if any.
    public var historySetAside: String?
    /// Units whose result the incremental cache gave (not read nor analysed again).
    public var reusedUnits = 0
    /// Units read and analysed by this run.
    public var analysedUnits = 0
    /// People across channels (issue 18): how many, in two channels or more, local keys merged,
    /// shared evidence ignored.
    public var people = 0
    public var multiChannelPeople = 0
    public var personMerges = 0
    public var sharedEvidence = 0

    public init() {}

    /// The process exit status the README documents: 0 when every input was read, 3 when reports
    /// were written but some inputs were rejected.
    public var exitStatus: Int32 { errors > 0 ? RunSummary.partialExitStatus : 0 }

    /// Reports written, some inputs rejected.
    public static let partialExitStatus: Int32 = 3
    /// Nothing could be written (bad lexicon, unreadable corpus, output not writable).
    public static let fatalExitStatus: Int32 = 4
    /// Another run holds the output folder (and `--wait` was not given).
    public static let lockedExitStatus: Int32 = 5
}
