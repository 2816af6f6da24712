import Foundation
import History
import VerbatimModel

/// The start of a run's report set: the lock on the output folder, and the history it is recorded in.
extension AnalyzeRun {
    /// Takes the lock on the output folder, waiting for it with `waitForLock` (saying so once through
    /// `notice`), else failing with `Failure.locked`.
    static func lockOutput(
        _ configuration: AnalyzeConfiguration, started: Date, notice: @Sendable (String) -> Void
    ) async throws -> OutputLock {
        let folder = configuration.output
        if let lock = try OutputLock.take(in: folder, started: started) { return lock }
        let holder = OutputLock.holder(of: folder)
        guard configuration.waitForLock else { throw Failure.locked(holder: "\(holder)", folder: folder.path) }
        notice("verbatim: another run (\(holder)) holds \(folder.path); waiting for it to finish")
        while true {
            try await Task.sleep(nanoseconds: 200_000_000)
            if let lock = try OutputLock.take(in: folder, started: started) { return lock }
        }
    }

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
}
