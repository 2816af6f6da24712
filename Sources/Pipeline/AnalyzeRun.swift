import Foundation
import Aggregation
import History
import Ingest
import Lexicons
public import Reporting
import Scoring
import VerbatimModel

/// One `verbatim analyze` run: ingest every file of a corpus in parallel, analyse, aggregate and
/// write the reports.
///
/// Files are read and analysed by a bounded task group (at most `jobs` at once, and at most
/// `2 × jobs` results waiting), and their results are consumed strictly in path order, so memory is
/// bounded by a few files and the reports are the same bytes whatever the thread count.
public enum AnalyzeRun {
    /// Why a run could not write its reports.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case corpusMissing(String)
        case configuration(String)
        case output(String)
        /// A report could not be written (a full disk above all); the previous set stays current.
        case write(ReportWriteError)
        /// The history could not record the run; the previous set stays current.
        case history(String)
        /// Another run holds the output folder.
        case locked(holder: String, folder: String)

        public var description: String {
            switch self {
            case .corpusMissing(let path): return "corpus folder not found: \(path)"
            case .configuration(let message): return message
            case .output(let message): return "cannot write reports: \(message)"
            case .write(let error): return "\(error); the previous reports are unchanged"
            case .history(let message):
                return "cannot record this run in the history (\(message)); the previous reports are unchanged"
            case .locked(let holder, let folder): return "another run (\(holder)) holds \(folder)"
            }
        }

        /// The process exit status the README documents: 5 when another run holds the folder, else 4.
        public var exitStatus: Int32 {
            if case .locked = self { return RunSummary.lockedExitStatus }
            return RunSummary.fatalExitStatus
        }
    }

    /// The report file names, relative to the output folder.
    public enum FileName {
        public static let verbatims = "verbatims.csv"
        public static let hotspots = "hotspots.csv"
        public static let themes = "themes.csv"
        public static let errors = "errors.csv"
        public static let manifest = "manifest.json"
        public static let summary = "summary.html"
        public static let inputs = "inputs.csv"
    }

    /// What one task hands back for one unit.
    struct UnitResult: Sendable {
        var records: [AnalysedVerbatim]
        /// Each record's `verbatims.csv` line, encoded in the task (nil for a record without text),
        /// so that the ordered consumer only appends bytes.
        var rows: [String?]
        /// The unit's file, and byte range for a mailbox shard.
        var source: String
        var output: IngestOutput
    }

    /// Runs the whole analysis; throws `Failure` only when no report can be written. `notice` gets one
    /// line when the run waits for another one holding the output folder (`waitForLock`).
    ///
    /// The reports are written into a staging folder, which becomes a generation of `ReportFolder`;
    /// the history records the run and that generation in one transaction, then `current` switches
    /// to it: a kill or a failure at any point leaves the previous set or the new one, never a mix.
    public static func run(
        _ configuration: AnalyzeConfiguration, notice: @Sendable (String) -> Void = { _ in }
    ) async throws -> RunSummary {
        try await run(configuration, notice: notice, failingReport: nil)
    }

    /// `failingReport` is a test seam: writing that report fails as on a full disk.
    static func run(
        _ configuration: AnalyzeConfiguration, notice: @Sendable (String) -> Void, failingReport: String?
    ) async throws -> RunSummary {
        do {
            return try await analyse(configuration, notice: notice, failingReport: failingReport)
        } catch let error as ReportWriteError {
            throw Failure.write(error)
        }
    }

    /// The run itself, as a sequence of steps: set up, take the output folder, ingest and analyse
    /// every unit, then write the reports into a staging folder and commit it with the history row.
    private static func analyse(
        _ configuration: AnalyzeConfiguration, notice: @Sendable (String) -> Void, failingReport: String?
    ) async throws -> RunSummary {
        let started = Date()
        var setUp = try prepare(configuration)
        try prepareOutput(configuration)
        let lock = try await lockOutput(configuration, started: started, notice: notice)
        defer { withExtendedLifetime(lock) {} }
        let folder = ReportFolder(root: configuration.output)
        var summary = RunSummary()
        var historyFindings: [Finding] = []
        var history = openHistory(configuration, started: started, summary: &summary, findings: &historyFindings)
        try folder.recover(
            lastDone: history.flatMap { try? $0.lastGeneration(output: folder.key) }, historyKnown: history != nil)
        // Named when the lock is held, not when the run started: a run that waited for another one
        // (`--wait`) must still sort after it.
        let generation = folder.newGenerationName(at: Date())
        let staging = StagingFolder(
            url: try folder.makeStaging(generation), dialect: configuration.dialect, failing: failingReport)
        // Whatever stops the run, its staging folder goes (once published, it is no longer there).
        defer { folder.discard(staging.url) }

        let (units, listingFindings) = await listUnits(configuration)
        setUp.options.mailbox = await inferMailbox(units, options: setUp.options, jobs: configuration.jobs)
        var tally = try startTally(
            configuration, setUp: setUp, staging: staging, summary: summary,
            findings: setUp.findings + historyFindings + listingFindings)
        try await ingest(units, into: &tally, setUp: setUp, configuration: configuration)

        let journeyOrder = setUp.analyzer.touchpointOrder
        let hotspots = tally.aggregator.hotspots(journeyOrder: journeyOrder)
        let themeRows = tally.aggregator.themeHotspots(journeyOrder: journeyOrder)
        let runDate = configuration.asOf ?? started
        let runID = ISODate.format(runDate)
        let snapshots = (hotspots + themeRows).map(AggregateSnapshot.init)
        let trendsByKey = trends(
            of: snapshots, runDate: runDate, runID: runID, history: &history, tally: &tally,
            historyName: configuration.historyURL.lastPathComponent)
        try writingReports {
            try writeReports(
                tally, hotspots: hotspots, themeRows: themeRows, trends: trendsByKey, runDate: runDate,
                analyzer: setUp.analyzer, staging: staging)
        }
        let final = tally.finalSummary(hotspots: hotspots, seconds: Date().timeIntervalSince(started))
        try writingReports {
            let manifest = RunManifest(
                configuration: configuration, summary: final, started: started, generation: generation)
            try staging.write(manifest.json(), to: FileName.manifest)
        }
        try folder.commit(generation) {
            try record(
                runID: runID, runDate: runDate, verbatims: tally.aggregator.overall.count, snapshots: snapshots,
                in: history, generation: HistoryStore.Generation(output: folder.key, name: generation))
        }
        return final
    }

    /// What a run needs before it touches the output folder: the corpus folder exists, and its
    /// settings, lexicons, journey, site profiles and mappings load; a failure here is fatal.
    private static func prepare(
        _ configuration: AnalyzeConfiguration
    ) throws -> (analyzer: VerbatimAnalyzer, options: IngestOptions, findings: [Finding]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: configuration.corpus.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw Failure.corpusMissing(configuration.corpus.path) }

        let corpusSettings: CorpusConfiguration
        let analyzer: VerbatimAnalyzer
        do {
            corpusSettings = try CorpusConfiguration.load(corpus: configuration.corpus)
            analyzer = try VerbatimAnalyzer(
                lexicons: configuration.lexicons, journey: configuration.journey,
                extraLexicons: configuration.extraLexicons)
        } catch {
            throw Failure.configuration("\(error)")
        }
        let profiles = SiteProfile.load(from: configuration.lexicons.appendingPathComponent("sites"))
        let mappings = try loadMappings(configuration)
        var options = IngestOptions(
            companyDomains: (corpusSettings.companyDomains + configuration.companyDomains).sorted(),
            customerKeySecret: configuration.customerKeySecret,
            agentNames: corpusSettings.agentNames,
            botNames: corpusSettings.botNames,
            siteProfiles: profiles.profiles,
            chatFields: mappings.chat,
            surveyColumnMapping: mappings.survey)
        options.limits = configuration.limits
        options.customerDomains = corpusSettings.customerDomains
        options.customerNames = corpusSettings.customerNames
        let speakers = SpeakerLexicon.load(from: configuration.lexicons.appendingPathComponent("speakers"))
        options.speakers = speakers.lexicon
        return (
            analyzer, options,
            analyzer.extraLexiconFindings + profiles.findings + speakers.findings + mappings.findings
        )
    }

    /// Creates the output folder, refusing the corpus folder itself: reports written among the inputs
    /// would be read back as inputs by the next run.
    private static func prepareOutput(_ configuration: AnalyzeConfiguration) throws {
        if Ingestor.isSameFile(configuration.output, configuration.corpus) {
            throw Failure.configuration("the report folder is the corpus folder: give --out a folder of its own")
        }
        do {
            try FileManager.default.createDirectory(at: configuration.output, withIntermediateDirectories: true)
        } catch {
            throw Failure.output("\(configuration.output.path): \(error.localizedDescription)")
        }
    }

    /// Walks the corpus, recognises each file's format and splits the large ones into units; the
    /// findings of the walk come before those of the split.
    private static func listUnits(_ configuration: AnalyzeConfiguration) async -> ([IngestUnit], [Finding]) {
        Ingestor.prepareParsers()
        // The report folder exists by now, so that the walk can leave it out when it is inside the corpus.
        let listing = Ingestor.files(
            in: configuration.corpus, limits: configuration.limits, excluding: [configuration.output, configuration.historyURL])
        let recognised = await recognise(listing, jobs: configuration.jobs)
        var findings = recognised.findings
        let units = shard(recognised.units, targetBytes: configuration.shardBytes, findings: &findings)
        return (units, findings)
    }

    /// The mailbox's own domain, inferred from a bounded header scan of the e-mail units
    /// (`MailHeaderScan`, `jobs` at a time) before any is read; nothing when a company domain is
    /// configured, which wins. Summaries are gathered in unit order, so the result is the same
    /// whatever `jobs`.
    private static func inferMailbox(_ units: [IngestUnit], options: IngestOptions, jobs: Int) async -> MailboxInference {
        guard options.companyDomains.isEmpty else { return MailboxInference() }
        let mail = units.filter { $0.format == .eml || $0.format == .mbox }
        let summaries = await ChunkedMap.map(mail, chunk: 128, jobs: jobs, MailHeaderScan.summaries(of:))
        return MailboxInference.infer(
            from: Array(summaries.joined()), webmail: options.speakers["mail-webmail-domains"],
            customerDomains: options.customerDomains)
    }

    /// Starts `verbatims.csv` and `inputs.csv` in the staging folder, and the tally that fills them.
    private static func startTally(
        _ configuration: AnalyzeConfiguration,
        setUp: (analyzer: VerbatimAnalyzer, options: IngestOptions, findings: [Finding]),
        staging: StagingFolder, summary: RunSummary, findings: [Finding]
    ) throws -> RunTally {
        let words = setUp.analyzer.personalDataContext
        let report = VerbatimsReport(
            dialect: configuration.dialect, keepPersonalData: configuration.keepPersonalData,
            masker: PersonalDataMasker(context: PersonalDataContext(card: words.card, order: words.order, phone: words.phone)))
        let verbatimsFile = try staging.csv(FileName.verbatims, columns: VerbatimsReport.columns)
        let inputsFile = try staging.csv(FileName.inputs, columns: InputsReport.columns)
        var summary = summary
        summary.extraLexicons = setUp.analyzer.extraLexiconOverlays.map(\.summary)
        return RunTally(
            summary: summary, findings: findings,
            window: DateWindow(since: configuration.since, until: configuration.until), report: report,
            verbatimsFile: verbatimsFile, inputsFile: inputsFile)
    }

    /// Reads and analyses the units in parallel and consumes their results strictly in path order.
    ///
    /// Memory is bounded by the input bytes launched but not yet consumed (a unit's analysed records
    /// take a few times its size); results may wait for an earlier, larger file, so a few units per
    /// core may queue up within that budget.
    private static func ingest(
        _ units: [IngestUnit], into tally: inout RunTally,
        setUp: (analyzer: VerbatimAnalyzer, options: IngestOptions, findings: [Finding]),
        configuration: AnalyzeConfiguration
    ) async throws {
        let (analyzer, options, report) = (setUp.analyzer, setUp.options, tally.report)
        let sizes = units.map { $0.byteRange?.count ?? $0.fileSize }
        let budget = configuration.memoryBudgetBytes
        try await withThrowingTaskGroup(of: (Int, UnitResult).self) { group in
            var nextToLaunch = 0
            var nextToConsume = 0
            var pendingBytes = 0
            var waiting: [Int: UnitResult] = [:]
            func launchMore() {
                // At most `jobs` running, and within the byte budget unless nothing at all is pending.
                while nextToLaunch < units.count,
                    nextToLaunch - nextToConsume - waiting.count < configuration.jobs,
                    nextToLaunch == nextToConsume || pendingBytes + sizes[nextToLaunch] <= budget
                {
                    let index = nextToLaunch
                    let unit = units[index]
                    pendingBytes += sizes[index]
                    group.addTask { (index, process(unit, analyzer: analyzer, options: options, report: report)) }
                    nextToLaunch += 1
                }
            }
            launchMore()
            while let (index, result) = try await group.next() {
                waiting[index] = result
                // Refill first: a task finished, so a slot is free now, and the next file is read
                // while this thread consumes (consuming first left a core idle meanwhile).
                launchMore()
                while let ready = waiting.removeValue(forKey: nextToConsume) {
                    pendingBytes -= sizes[nextToConsume]
                    try tally.consume(ready, of: units[nextToConsume], size: sizes[nextToConsume])
                    nextToConsume += 1
                }
                launchMore()
            }
        }
    }

    /// The trends against the previous run and the trailing four weeks of the history; a history that
    /// fails to answer is a warning and is not used again in this run.
    private static func trends(
        of snapshots: [AggregateSnapshot], runDate: Date, runID: String, history: inout HistoryStore?,
        tally: inout RunTally, historyName: String
    ) -> [String: Trend] {
        guard let store = history else { return [:] }
        do {
            let previous = try store.previousRun(before: runDate, excluding: runID)
            let trailing = try store.runs(
                from: runDate.addingTimeInterval(-28 * 86_400), to: runDate, excluding: runID)
            let trends = TrendAnalysis.trends(current: snapshots, previous: previous?.rows, trailing: trailing.map(\.rows))
            tally.summary.previousRun = previous.map { ISODate.format($0.date) }
            tally.summary.significantChanges = trends.values.filter(\.significant).count
            return trends
        } catch {
            history = nil
            tally.findings.append(historyUnavailable(historyName, error))
            return [:]
        }
    }

    /// Closes `inputs.csv` and `verbatims.csv` and writes the hot spot and theme tables, `errors.csv`
    /// and `summary.html` into the staging folder.
    private static func writeReports(
        _ tally: RunTally, hotspots: [Hotspot], themeRows: [Hotspot], trends: [String: Trend], runDate: Date,
        analyzer: VerbatimAnalyzer, staging: StagingFolder
    ) throws {
        try tally.inputsFile.commit()
        try tally.verbatimsFile.commit()
        let table = HotspotTable(report: tally.report)
        func writeTable(_ name: String, columns: [String], rows: [Hotspot]) throws {
            let file = try staging.csv(name, columns: columns)
            for row in rows { try file.append(table.cells(for: row, trend: trends[AggregateSnapshot(row).key])) }
            try file.commit()
        }
        try writeTable(FileName.hotspots, columns: HotspotTable.touchpointColumns, rows: hotspots)
        try writeTable(FileName.themes, columns: HotspotTable.themeColumns, rows: themeRows)
        let errorsFile = try staging.csv(FileName.errors, columns: ErrorsReport.columns)
        for finding in tally.findings { try errorsFile.append(ErrorsReport.cells(for: finding)) }
        try errorsFile.commit()
        let aggregator = tally.aggregator
        let facts = SummaryPage.RunFacts(
            date: runDate, verbatims: aggregator.overall.count, byChannel: aggregator.channelCounts,
            byLanguage: aggregator.languageCounts, errors: tally.findings.filter { $0.severity == .error }.count,
            previousRun: tally.summary.previousRun, historySetAside: tally.summary.historySetAside)
        let page = SummaryPage(
            facts: facts, hotspots: hotspots, trends: trends, journeyOrder: analyzer.touchpointOrder,
            report: tally.report, labels: analyzer.touchpointLabels, company: tally.summary.company)
        try staging.write(page.html(), to: FileName.summary)
    }

    /// Runs a report-writing step: a `ReportWriteError` (a full disk) goes up as it is, to become
    /// `Failure.write`; any other error is `Failure.output`.
    private static func writingReports(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ReportWriteError {
            throw error
        } catch {
            throw Failure.output("\(error.localizedDescription)")
        }
    }

    /// Records the run and its generation in the history (nothing without one); called by
    /// `ReportFolder.commit` inside the step that publishes the generation.
    private static func record(
        runID: String, runDate: Date, verbatims: Int, snapshots: [AggregateSnapshot], in history: HistoryStore?,
        generation: HistoryStore.Generation
    ) throws {
        guard let store = history else { return }
        do {
            try store.append(id: runID, date: runDate, verbatims: verbatims, rows: snapshots, generation: generation)
        } catch {
            throw Failure.history("\(error)")
        }
    }

    /// Reads the optional chat and survey mapping files; an unreadable or invalid file is fatal, since
    /// the analyst asked for it and silently falling back to detection would mislead.
    static func loadMappings(
        _ configuration: AnalyzeConfiguration
    ) throws -> (chat: ChatFieldMapping, survey: SurveyColumnMapping, findings: [Finding]) {
        var chat = ChatFieldMapping()
        var survey = SurveyColumnMapping()
        var findings: [Finding] = []
        func text(of url: URL, _ what: String) throws -> String {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Failure.configuration("cannot read the \(what) \(url.path) (missing, or not UTF-8)")
            }
            return text
        }
        if let url = configuration.chatMapping {
            let parsed = ChatFieldMapping.parse(try text(of: url, "chat mapping"))
            guard parsed.problems.isEmpty else {
                throw Failure.configuration("\(url.lastPathComponent): \(parsed.problems.joined(separator: "; "))")
            }
            chat = parsed.mapping
        }
        if let url = configuration.surveyMapping {
            let parsed = SurveyColumnMapping.parse(try text(of: url, "survey mapping"), source: url.lastPathComponent)
            survey = parsed.mapping
            findings += parsed.findings
        }
        return (chat, survey, findings)
    }

    /// Recognises the format of every listed file, `jobs` chunks at a time (reading the first 8 KB
    /// of each file and sniffing it is a quarter of a run over many small files), and returns the
    /// units and findings in the listing's order, as the serial `Ingestor.units(in:)` would.
    static func recognise(
        _ listing: (files: [CorpusFile], findings: [Finding]), jobs: Int
    ) async -> (units: [IngestUnit], findings: [Finding]) {
        let recognised = await ChunkedMap.map(listing.files, chunk: 256, jobs: jobs, Ingestor.recognise)
        var units: [IngestUnit] = []
        var findings = listing.findings
        for recognition in recognised {
            switch recognition {
            case .unit(let unit): units.append(unit)
            case .rejected(let finding): findings.append(finding)
            }
        }
        return (units, findings)
    }

    /// Splits mailboxes larger than `targetBytes` at message boundaries, and survey exports between
    /// records, so that one huge file is read in pieces by several tasks and never held whole with
    /// its analysis.
    static func shard(_ units: [IngestUnit], targetBytes: Int, findings: inout [Finding]) -> [IngestUnit] {
        var result: [IngestUnit] = []
        for unit in units {
            guard unit.format == .mbox || unit.format == .survey, unit.byteRange == nil, unit.fileSize > targetBytes
            else {
                result.append(unit)
                continue
            }
            if unit.format == .survey {
                result.append(contentsOf: surveyShards(of: unit, targetBytes: targetBytes, findings: &findings))
                continue
            }
            do {
                for piece in try MboxSharding.shards(ofFileAt: unit.path, targetBytes: targetBytes) {
                    var shard = unit
                    shard.byteRange = piece.range
                    shard.ordinalBase = piece.ordinalBase
                    result.append(shard)
                }
            } catch {
                findings.append(
                    Finding(
                        source: unit.relativePath, reason: "could not split the mailbox, read whole: \(error)",
                        severity: .warning))
                result.append(unit)
            }
        }
        return result
    }

    /// The shards of a survey export larger than `targetBytes`, cut between records.
    static func surveyShards(of unit: IngestUnit, targetBytes: Int, findings: inout [Finding]) -> [IngestUnit] {
        do {
            let pieces = try SurveySharding.shards(ofFileAt: unit.path, targetBytes: targetBytes)
            guard pieces.count > 1 else { return [unit] }
            return pieces.map { piece in
                var shard = unit
                shard.byteRange = piece.range
                shard.ordinalBase = piece.shard.recordBase
                shard.surveyShard = piece.shard
                return shard
            }
        } catch {
            findings.append(
                Finding(
                    source: unit.relativePath, reason: "could not split the survey export, read whole: \(error)",
                    severity: .warning))
            return [unit]
        }
    }

    /// Reads and analyses one unit; runs inside a task, touches nothing shared.
    static func process(
        _ unit: IngestUnit, analyzer: VerbatimAnalyzer, options: IngestOptions, report: VerbatimsReport
    ) -> UnitResult {
        let output = Ingestor.read(unit, options: options)
        var scratch = ScoringScratch()
        let records = output.verbatims.map { analyzer.analyse($0, scratch: &scratch) }
        let encoder = CSVEncoder(dialect: report.dialect)
        let rows = records.map { record in
            record.verbatim.text.isEmpty ? nil : encoder.record(report.cells(for: record))
        }
        let source = unit.byteRange.map { "\(unit.relativePath) (bytes \($0.lowerBound)-\($0.upperBound))" }
        return UnitResult(
            records: records, rows: rows, source: source ?? unit.relativePath, output: output)
    }
}
