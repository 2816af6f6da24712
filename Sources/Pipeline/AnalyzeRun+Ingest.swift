import Ingest
import Reporting
import Scoring
import Tagging
import VerbatimModel

extension AnalyzeRun {
    /// What one task hands back for one unit.
    struct UnitResult: Sendable {
        var records: [AnalysedVerbatim]
        /// Each record's `verbatims.csv` line, encoded in the task but for the cells the aggregation
        /// step may change (nil for a record without text), so that the ordered consumer encodes
        /// only those.
        var rows: [VerbatimsReport.EncodedRow?]
        /// The unit's file, and byte range for a mailbox shard.
        var source: String
        var output: IngestOutput
    }

    /// Reads and analyses the units in parallel (or takes their results from the history's cache)
    /// and consumes their results strictly in path order, reporting progress after each; then
    /// releases the e-mail replies that waited for their thread and stores the last new results.
    static func ingest(
        _ units: [IngestUnit], into tally: inout RunTally, setUp: Setup, configuration: AnalyzeConfiguration
    ) async throws {
        let places = units.map(UnitPlace.init)
        let sizes = places.map(\.size)
        let started = ContinuousClock.now
        let totals = (files: places.filter(\.startsFile).count, bytes: sizes.reduce(0, +))
        try await analyseUnits(
            units, sizes: sizes, setUp: setUp, report: tally.reports.report, cache: tally.cacheWriter?.cache,
            configuration: configuration
        ) { index, ready, outcome in
            try tally.consume(ready, of: places[index])
            tally.note(outcome)
            if let progress = configuration.progress {
                let elapsed = (ContinuousClock.now - started).components
                let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                progress(tally.progress(totalFiles: totals.files, totalBytes: totals.bytes, seconds: seconds))
            }
        }
        try tally.releaseThreads(setUp.analyzer.conversations)
        tally.cacheWriter?.flush(findings: &tally.findings)
    }

    /// Reads and analyses the units in parallel and hands their results to `consume` strictly in
    /// path order, with each unit's index in `units` and what the task did with `cache` (a unit
    /// whose result the cache holds is not read): the whole run's tally, or a partial's writer.
    ///
    /// Memory is bounded by the input bytes launched but not yet consumed (a unit's analysed records
    /// take a few times its size); results may wait for an earlier, larger file, so a few units per
    /// core may queue up within that budget.
    static func analyseUnits(
        _ units: [IngestUnit], sizes: [Int], setUp: Setup, report: VerbatimsReport, cache: UnitCache?,
        configuration: AnalyzeConfiguration, consume: (Int, UnitResult, UnitCache.Outcome) throws -> Void
    ) async throws {
        let (analyzer, options) = (setUp.analyzer, setUp.options)
        let budget = configuration.memoryBudgetBytes
        try await withThrowingTaskGroup(of: (Int, UnitResult, UnitCache.Outcome).self) { group in
            var nextToLaunch = 0
            var nextToConsume = 0
            var pendingBytes = 0
            var waiting: [Int: (UnitResult, UnitCache.Outcome)] = [:]
            func launchMore() {
                // At most `jobs` running, and within the byte budget unless nothing at all is pending.
                while nextToLaunch < units.count,
                    nextToLaunch - nextToConsume - waiting.count < configuration.jobs,
                    nextToLaunch == nextToConsume || pendingBytes + sizes[nextToLaunch] <= budget
                {
                    let index = nextToLaunch
                    let unit = units[index]
                    pendingBytes += sizes[index]
                    group.addTask {
                        let analyse = { process(unit, analyzer: analyzer, options: options, report: report) }
                        guard let cache else { return (index, analyse(), UnitCache.Outcome()) }
                        let (result, outcome) = cache.result(of: unit, analyse: analyse)
                        return (index, result, outcome)
                    }
                    nextToLaunch += 1
                }
            }
            launchMore()
            while let (index, result, outcome) = try await group.next() {
                waiting[index] = (result, outcome)
                // Refill first: a task finished, so a slot is free now, and the next file is read
                // while this thread consumes (consuming first left a core idle meanwhile).
                launchMore()
                while let ready = waiting.removeValue(forKey: nextToConsume) {
                    pendingBytes -= sizes[nextToConsume]
                    try consume(nextToConsume, ready.0, ready.1)
                    nextToConsume += 1
                }
                launchMore()
            }
        }
    }

    /// Reads and analyses one unit; runs inside a task, touches nothing shared.
    static func process(
        _ unit: IngestUnit, analyzer: VerbatimAnalyzer, options: IngestOptions, report: VerbatimsReport
    ) -> UnitResult {
        let output = Ingestor.read(unit, options: options)
        var scratch = ScoringScratch()
        // A chat's or a survey response's turns are all in this unit: placed here, in parallel. An
        // e-mail thread may span files: placed by the ordered consumer (`MailThreads`).
        let records = analyzer.conversations.place(
            records: output.verbatims.map { analyzer.analyse($0, scratch: &scratch) },
            keep: { $0.verbatim.channel == .email })
        let rows = records.map(report.earlyRow)
        let source = unit.byteRange.map { "\(unit.relativePath) (bytes \($0.lowerBound)-\($0.upperBound))" }
        return UnitResult(
            records: records, rows: rows, source: source ?? unit.relativePath, output: output)
    }
}
