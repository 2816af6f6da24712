import Aggregation
import Foundation
import History
import Ingest
import Reporting
import VerbatimModel

/// The run's history: opened before the run, read for the trends, written with the generation.
extension AnalyzeRun {
    /// Opens the history, setting a damaged one aside (said in `summary` and as a warning); `nil`, with
    /// a warning, when it cannot be opened at all: the run goes on without trends.
    static func openHistory(
        _ configuration: AnalyzeConfiguration, started: Date, summary: inout RunSummary, findings: inout [Finding]
    ) -> HistoryStore? {
        let url = configuration.historyURL
        do {
            let opening = try HistoryStore.openHealing(url: url, on: started)
            if let aside = opening.setAside {
                summary.historySetAside = aside.lastPathComponent
                findings.append(
                    Finding(
                        source: url.lastPathComponent,
                        reason: "the run history was damaged (\(opening.damage ?? "integrity check failed")); "
                            + "set aside as \(aside.lastPathComponent), a new one started", severity: .warning))
            }
            return opening.store
        } catch {
            findings.append(historyUnavailable(url.lastPathComponent, error))
            return nil
        }
    }

    /// The warning of a run that goes on without its history (opening it or reading the previous
    /// runs failed): reports are written, without trends.
    static func historyUnavailable(_ name: String, _ error: any Error) -> Finding {
        Finding(source: name, reason: "history store unavailable, no trend computed: \(error)", severity: .warning)
    }

    /// The incremental cache of the run, in its history: none without a history, or when the
    /// running executable cannot be hashed (`UnitCacheShaping`); read nothing from it under `--rebuild`.
    /// Its file stamps are read once here (a history that cannot give them costs hashing, not the run).
    static func unitCache(
        _ configuration: AnalyzeConfiguration, history: HistoryStore?, output: String, options: IngestOptions
    ) -> UnitCacheWriter? {
        guard let history, let shaping = UnitCacheShaping.hash(configuration, options: options) else { return nil }
        var cache = UnitCache(store: history, output: output, shaping: shaping, reuse: !configuration.rebuild)
        if cache.reuse { cache.stamps = (try? history.unitStamps(output: output, shaping: shaping)) ?? [:] }
        return UnitCacheWriter(cache: cache, historyName: configuration.historyURL.lastPathComponent)
    }

    /// The trends against the previous run and the trailing weeks of the history
    /// (`TrendAnalysis.trailingWindow`); a history that fails to answer is a warning and is not used
    /// again in this run.
    static func trends(
        of snapshots: [AggregateSnapshot], runDate: Date, runID: String, history: inout HistoryStore?,
        tally: inout RunTally, historyName: String
    ) -> [String: Trend] {
        guard let store = history else { return [:] }
        do {
            let previous = try store.previousRun(before: runDate, excluding: runID)
            let trailing = try store.runs(
                from: runDate.addingTimeInterval(-TrendAnalysis.trailingWindow), to: runDate, excluding: runID)
            let trends = TrendAnalysis.trends(
                current: snapshots, previous: previous?.rows, trailing: trailing.map(\.rows))
            tally.summary.previousRun = previous.map { ISODate.format($0.date) }
            tally.summary.significantChanges = trends.values.filter(\.significant).count
            return trends
        } catch {
            history = nil
            tally.findings.append(historyUnavailable(historyName, error))
            return [:]
        }
    }

    /// Records the run and its generation in the history (nothing without one); called by
    /// `ReportFolder.commit` inside the step that publishes the generation.
    /// The cache entries the run used are kept (`keepingUnits`), the others of its output folder
    /// dropped, in the same transaction.
    static func record(
        runID: String, runDate: Date, verbatims: Int, snapshots: [AggregateSnapshot], in history: HistoryStore?,
        generation: HistoryStore.Generation, keepingUnits: HistoryStore.UnitCacheUse? = nil
    ) throws {
        guard let store = history else { return }
        do {
            try store.append(
                id: runID, date: runDate, verbatims: verbatims, rows: snapshots, generation: generation,
                keepingUnits: keepingUnits)
        } catch {
            throw Failure.history("\(error)")
        }
    }
}
