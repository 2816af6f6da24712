import Foundation

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
}
