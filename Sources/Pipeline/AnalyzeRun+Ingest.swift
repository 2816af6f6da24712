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

    /// Reads and analyses the units in parallel and consumes their results strictly in path order.
    ///
    /// Memory is bounded by the input bytes launched but not yet consumed (a unit's analysed records
    /// take a few times its size); results may wait for an earlier, larger file, so a few units per
    /// core may queue up within that budget.
    static func ingest(
        _ units: [IngestUnit], into tally: inout RunTally, setUp: Setup, configuration: AnalyzeConfiguration
    ) async throws {
        let (analyzer, options, report) = (setUp.analyzer, setUp.options, tally.reports.report)
        let sizes = units.map { $0.byteRange?.count ?? $0.fileSize }
        let budget = configuration.memoryBudgetBytes
        let cache = tally.cacheWriter?.cache
        let started = ContinuousClock.now
        let totals = (files: units.filter { ($0.byteRange?.lowerBound ?? 0) == 0 }.count, bytes: sizes.reduce(0, +))
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
                    try tally.consume(ready.0, of: units[nextToConsume], size: sizes[nextToConsume])
                    tally.note(ready.1)
                    if let progress = configuration.progress {
                        let elapsed = ContinuousClock.now - started
                        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                        progress(tally.progress(totalFiles: totals.files, totalBytes: totals.bytes, seconds: seconds))
                    }
                    nextToConsume += 1
                }
                launchMore()
            }
        }
        try tally.releaseThreads(analyzer.conversations)
        tally.cacheWriter?.flush(findings: &tally.findings)
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
