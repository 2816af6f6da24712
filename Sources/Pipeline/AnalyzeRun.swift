import Aggregation
import Foundation
import History
import Ingest
import Lexicons
import Reporting
import VerbatimModel

/// One `verbatim analyze` run: ingest every file of a corpus in parallel, analyse, aggregate and
/// write the reports. This type only orchestrates: sharding is `UnitSharding` (Ingest), the date
/// window, review de-duplication and repeat contact are `RunAggregation` (Aggregation), and the
/// reports are written by `ReportSet` (Reporting).
///
/// Files are read and analysed by a bounded task group (at most `jobs` at once, and at most
/// `2 × jobs` results waiting), and their results are consumed strictly in path order, so memory is
/// bounded by a few files and the reports are the same bytes whatever the thread count.
public enum AnalyzeRun {
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
        _ configuration: AnalyzeConfiguration, feed: Feed = .corpus, notice: @Sendable (String) -> Void,
        failingReport: String?
    ) async throws -> RunSummary {
        MallocTuning.apply()
        do {
            return try await analyse(configuration, feed: feed, notice: notice, failingReport: failingReport)
        } catch let error as ReportWriteError {
            throw Failure.write(error)
        } catch let error as PartialError {
            throw Failure.configuration(error.description)
        }
    }

    /// The run itself, as a sequence of steps: set up, take the output folder, ingest and analyse
    /// every unit (or read their results from partials), then write the reports into a staging folder and commit it with the history row.
    private static func analyse(
        _ configuration: AnalyzeConfiguration, feed: Feed, notice: @Sendable (String) -> Void, failingReport: String?
    ) async throws -> RunSummary {
        let started = Date()
        var setUp = try prepare(configuration, readsCorpus: feed.readsCorpus)
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
        let staging = try folder.makeStaging(generation)
        // Whatever stops the run, its staging folder goes (once published, it is no longer there).
        defer { folder.discard(staging) }

        summary.extraLexicons = setUp.analyzer.extraLexiconOverlays.map(\.summary)
        var tally = try await consume(
            feed, configuration: configuration, setUp: &setUp, cache: (history, folder.key),
            start: RunTally(
                summary: summary, findings: historyFindings,
                aggregation: RunAggregation(window: DateWindow(since: configuration.since, until: configuration.until)),
                reports: try startReports(configuration, setUp: setUp, folder: staging, failing: failingReport)))

        let runDate = configuration.asOf ?? started
        let runID = ISODate.format(runDate)
        let hotspots = tally.aggregation.aggregator.hotspots(journeyOrder: setUp.analyzer.touchpointOrder)
        let themeRows = tally.aggregation.aggregator.themeHotspots(journeyOrder: setUp.analyzer.touchpointOrder)
        let snapshots = (hotspots + themeRows).map(AggregateSnapshot.init)
        let trendsByKey = trends(
            of: snapshots, runDate: runDate, runID: runID, history: &history, tally: &tally,
            historyName: configuration.historyURL.lastPathComponent)
        try writingReports {
            try tally.reports.write(
                contents(
                    tally, hotspots: hotspots, themeRows: themeRows, trends: trendsByKey, runDate: runDate,
                    analyzer: setUp.analyzer))
        }
        let final = tally.finalSummary(hotspots: hotspots, seconds: Date().timeIntervalSince(started))
        try writingReports {
            let manifest = RunManifest(
                configuration: configuration, summary: final, started: started, generation: generation)
            try tally.reports.write(manifest.json(), to: ReportSet.FileName.manifest)
        }
        try folder.commit(generation) {
            try record(
                runID: runID, runDate: runDate, verbatims: tally.aggregation.aggregator.overall.count,
                snapshots: snapshots, in: history,
                generation: HistoryStore.Generation(output: folder.key, name: generation),
                keepingUnits: tally.cacheWriter?.use)
        }
        return final
    }

    /// What the reports written at the end show besides the rows written as the units were consumed.
    private static func contents(
        _ tally: RunTally, hotspots: [Hotspot], themeRows: [Hotspot], trends: [String: Trend], runDate: Date,
        analyzer: VerbatimAnalyzer
    ) -> ReportSet.Contents {
        let aggregator = tally.aggregation.aggregator
        var facts = SummaryPage.RunFacts(
            date: runDate, verbatims: aggregator.overall.count, byChannel: aggregator.channelCounts,
            byLanguage: aggregator.languageCounts, errors: tally.findings.filter { $0.severity == .error }.count,
            previousRun: tally.summary.previousRun, historySetAside: tally.summary.historySetAside)
        (facts.people, facts.multiChannelPeople) = (tally.summary.people, tally.summary.multiChannelPeople)
        return ReportSet.Contents(
            hotspots: hotspots, themeRows: themeRows, trends: trends, findings: tally.findings, facts: facts,
            journeyOrder: analyzer.touchpointOrder, labels: analyzer.touchpointLabels, company: tally.summary.company)
    }
}
