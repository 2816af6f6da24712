import Foundation
import Reporting
import Synchronization
import Testing

@testable import Pipeline

/// The progress line a terminal user reads during a run, and when it is drawn at all.
@Suite struct RunProgressTests {
    @Test("The line gives files, MB, verbatims, rate and time left")
    func line() {
        let progress = RunProgress(
            files: 1_204, totalFiles: 10_800, bytes: 12_500_000, totalBytes: 200_000_000, verbatims: 45_210,
            seconds: 2.5)
        // 187.5 MB left at 5 MB/s: 37.5 s, rounded up.
        #expect(progress.line == "1,204/10,800 files · 12.5/200.0 MB · 45,210 verbatims · 18,084/s · 0:38 left")
    }

    @Test("No rate nor time left before a first second and a first byte")
    func noRateYet() {
        let start = RunProgress(files: 0, totalFiles: 3, bytes: 0, totalBytes: 999, verbatims: 0, seconds: 0.2)
        #expect(start.line == "0/3 files · 0.0/0.0 MB · 0 verbatims")
        let slow = RunProgress(files: 1, totalFiles: 3, bytes: 10, totalBytes: 30, verbatims: 0, seconds: 0.9)
        #expect(!slow.line.contains("left"))
    }

    @Test("Long runs count hours")
    func hours() {
        #expect(RunProgress.duration(3_725) == "1:02:05")
        #expect(RunProgress.duration(59.2) == "1:00")
        #expect(RunProgress.duration(.infinity) == "?")
        #expect(RunProgress.grouped(1_000_000) == "1,000,000")
        #expect(RunProgress.grouped(999) == "999")
    }

    @Test(
        "Drawn on a terminal only, unless --quiet or --progress says otherwise",
        arguments: [
            (true, false, false, true), (false, false, false, false), (true, true, false, false),
            (false, false, true, true), (true, false, true, true),
        ])
    func drawDecision(terminal: Bool, quiet: Bool, forced: Bool, drawn: Bool) {
        #expect(RunProgress.shouldDraw(stderrIsTerminal: terminal, quiet: quiet, forced: forced) == drawn)
    }

    @Test("A run reports its progress unit by unit, ending at every file and byte")
    func runReports() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let seen = Mutex<[RunProgress]>([])
        var configuration = AnalyzeConfiguration(
            corpus: UnitArchiveTests.sample, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2,
            dialect: .rfc4180, history: output.appendingPathComponent("history.sqlite"))
        configuration.progress = { progress in seen.withLock { $0.append(progress) } }
        let summary = try await AnalyzeRun.run(configuration)
        let reports = seen.withLock { $0 }
        #expect(reports.count == summary.units)
        #expect(reports.map(\.bytes) == reports.map(\.bytes).sorted())
        #expect(reports.last?.files == summary.files)
        #expect(reports.last?.bytes == reports.last?.totalBytes)
    }
}
