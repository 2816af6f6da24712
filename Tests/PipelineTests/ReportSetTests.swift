import Foundation
import GRDB
import History
import Reporting
import Testing

@testable import Pipeline

/// `--out` always holds one whole report set: written aside, switched in one step, recorded in the
/// history in the same step, protected by a lock, and kept when a run fails.
@Suite struct ReportSetTests {
    static let day = Date(timeIntervalSince1970: 1_795_000_000)

    static func configuration(_ output: URL, night: Int = 0) -> AnalyzeConfiguration {
        AnalyzeConfiguration(
            corpus: AnalyzeRunTests.corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2,
            dialect: .rfc4180, asOf: day.addingTimeInterval(Double(night) * 86_400))
    }

    static func entries(_ folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    static func manifest(_ output: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aRunLeavesOneCompleteSetReachedThroughCurrent() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try await AnalyzeRun.run(Self.configuration(output))
        let folder = ReportFolder(root: output)
        let generation = try #require(folder.currentGeneration())
        #expect(Self.entries(folder.generation(generation)) == Set(ReportFolder.reportNames))
        for name in ReportFolder.reportNames {
            let link = try FileManager.default.destinationOfSymbolicLink(
                atPath: output.appendingPathComponent(name).path)
            #expect(link == "current/\(name)")
        }
        // The familiar paths read the set, and the manifest says which generation it is.
        let manifest = try Self.manifest(output)
        #expect(manifest["generation"] as? String == generation)
        #expect((manifest["verbatims"] as? [String: Any])?["total"] as? Int == summary.verbatims)
        #expect(try AnalyzeRunTests.read(output, "errors.csv").hasPrefix("source,position,reason,severity\n"))
        #expect(Self.entries(folder.generations) == [generation])
    }

    @Test func aSecondRunReplacesTheSetWholeAndKeepsOnlyThePreviousOne() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = ReportFolder(root: output)
        var names: [String] = []
        for night in 0..<3 {
            _ = try await AnalyzeRun.run(Self.configuration(output, night: night))
            names.append(try #require(folder.currentGeneration()))
            #expect(try Self.manifest(output)["generation"] as? String == names.last)
        }
        #expect(Set(names).count == 3)
        // The previous set stays for an analyst who still has it open; older ones go.
        #expect(Self.entries(folder.generations) == [names[1], names[2]])
        let store = try HistoryStore(url: output.appendingPathComponent("history.sqlite"))
        #expect(try store.lastGeneration(output: folder.key) == names[2])
    }

    @Test func whatKilledRunsLeftIsRemovedAtTheNextStart() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await AnalyzeRun.run(Self.configuration(output))
        let folder = ReportFolder(root: output)
        let first = try #require(folder.currentGeneration())
        let staging = folder.generations.appendingPathComponent("staging-20261207T023000.000Z-999")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("verbatims.csv"))
        try Data("half".utf8).write(to: output.appendingPathComponent(".hotspots.csv.999.tmp"))
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("current.new-999").path, withDestinationPath: ".generations/gone")
        // A generation older than the previous one, and one never switched to nor recorded.
        let ancient = folder.generation("19990101T000000.000Z-1")
        let unrecorded = folder.generation("29990101T000000.000Z-1")
        for orphan in [ancient, unrecorded] {
            try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        }

        _ = try await AnalyzeRun.run(Self.configuration(output, night: 1))
        let second = try #require(folder.currentGeneration())
        #expect(Self.entries(folder.generations) == [first, second])
        let debris = Self.entries(output).filter { $0.hasSuffix(".tmp") || $0.hasPrefix("current.new-") }
        #expect(debris.isEmpty)
    }

    /// A run killed after its history commit and before its switch: the next start switches to the
    /// generation the history recorded.
    @Test func aRecordedGenerationIsRolledForwardToAndAnUnrecordedOneDropped() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await AnalyzeRun.run(Self.configuration(output))
        let folder = ReportFolder(root: output)
        let first = try #require(folder.currentGeneration())
        let recorded = "29990101T000000.000Z-1"
        try FileManager.default.copyItem(at: folder.generation(first), to: folder.generation(recorded))
        let store = try HistoryStore(url: output.appendingPathComponent("history.sqlite"))
        try store.append(
            id: "night-2", date: Self.day.addingTimeInterval(86_400), verbatims: 1, rows: [],
            generation: HistoryStore.Generation(output: folder.key, name: recorded))
        try folder.recover(lastDone: try store.lastGeneration(output: folder.key), historyKnown: true)
        #expect(folder.currentGeneration() == recorded)

        // Killed between publishing and the history commit: never current, removed.
        let unrecorded = "29990102T000000.000Z-1"
        try FileManager.default.copyItem(at: folder.generation(first), to: folder.generation(unrecorded))
        try folder.recover(lastDone: try store.lastGeneration(output: folder.key), historyKnown: true)
        #expect(folder.currentGeneration() == recorded)
        #expect(!Self.entries(folder.generations).contains(unrecorded))
    }

    /// Reports of a version without generations become the first generation, read through the same paths.
    @Test func flatReportsOfAnOlderVersionAreAdopted() throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try Data("old verbatims\n".utf8).write(to: output.appendingPathComponent("verbatims.csv"))
        try Data("old hot spots\n".utf8).write(to: output.appendingPathComponent("hotspots.csv"))
        let folder = ReportFolder(root: output)
        try folder.recover(lastDone: nil, historyKnown: false)
        #expect(folder.currentGeneration() == ReportFolder.adoptedName)
        #expect(try AnalyzeRunTests.read(output, "verbatims.csv") == "old verbatims\n")
        #expect(try AnalyzeRunTests.read(output, "hotspots.csv") == "old hot spots\n")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(
                atPath: output.appendingPathComponent("verbatims.csv").path)
                == "current/verbatims.csv")
    }

    @Test func aSecondRunOnAHeldFolderFailsWithStatus5() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let held = try #require(try OutputLock.take(in: output, started: Self.day))
        do {
            _ = try await AnalyzeRun.run(Self.configuration(output))
            Issue.record("a run went ahead on a folder held by another")
        } catch let failure as AnalyzeRun.Failure {
            #expect(failure.exitStatus == 5)
            let pid = ProcessInfo.processInfo.processIdentifier
            #expect("\(failure)" == "another run (pid \(pid), started 2026-11-18T11:06:40Z) holds \(output.path)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("current").path))
        withExtendedLifetime(held) {}
    }

    @Test func withWaitASecondRunWaitsForTheFirst() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var held = try OutputLock.take(in: output, started: Self.day)
        #expect(held != nil)
        var configuration = Self.configuration(output)
        configuration.waitForLock = true
        let (notices, sink) = AsyncStream.makeStream(of: String.self)
        let run = Task {
            // No notice at all must end the wait below, not hang it.
            defer { sink.finish() }
            return try await AnalyzeRun.run(configuration, notice: { sink.yield($0) })
        }
        var iterator = notices.makeAsyncIterator()
        let notice = await iterator.next()
        #expect(notice?.contains("holds \(output.path); waiting") == true)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("current").path))
        held = nil
        _ = try await run.value
        #expect(ReportFolder(root: output).currentGeneration() != nil)
    }

    @Test func aFullDiskKeepsThePreviousSetCurrentAndUnrecorded() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await AnalyzeRun.run(Self.configuration(output))
        let folder = ReportFolder(root: output)
        let first = try #require(folder.currentGeneration())
        let before = try AnalyzeRunTests.read(output, "themes.csv")
        do {
            _ = try await AnalyzeRun.run(
                Self.configuration(output, night: 1), notice: { _ in }, failingReport: "themes.csv")
            Issue.record("a run that could not write themes.csv succeeded")
        } catch let failure as AnalyzeRun.Failure {
            #expect(failure.exitStatus == 4)
            #expect("\(failure)".hasPrefix("no space left on device while writing themes.csv"))
        }
        #expect(folder.currentGeneration() == first)
        #expect(try AnalyzeRunTests.read(output, "themes.csv") == before)
        #expect(Self.entries(folder.generations) == [first])
        let store = try HistoryStore(url: output.appendingPathComponent("history.sqlite"))
        #expect(try store.runs(from: .distantPast, to: .distantFuture).count == 1)
    }

    /// The history refuses the run (a trigger stands for a failing disk): the run fails, its generation
    /// goes, and the previous set stays current, so reports and history still agree.
    @Test func aRunTheHistoryCannotRecordKeepsThePreviousSetCurrent() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await AnalyzeRun.run(Self.configuration(output))
        let folder = ReportFolder(root: output)
        let first = try #require(folder.currentGeneration())
        let database = try DatabaseQueue(path: output.appendingPathComponent("history.sqlite").path)
        try await database.write { db in
            try db.execute(
                sql:
                    "CREATE TRIGGER refuse BEFORE INSERT ON generation BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
            )
        }
        try database.close()
        do {
            _ = try await AnalyzeRun.run(Self.configuration(output, night: 1))
            Issue.record("a run the history refused succeeded")
        } catch let failure as AnalyzeRun.Failure {
            #expect(failure.exitStatus == 4)
            #expect("\(failure)".hasPrefix("cannot record this run in the history ("))
            #expect("\(failure)".contains("disk I/O error"))
        }
        #expect(folder.currentGeneration() == first)
        #expect(Self.entries(folder.generations) == [first])
        #expect(try Self.manifest(output)["generation"] as? String == first)
    }

    @Test func aDamagedHistoryIsSetAsideAndANewOneStarted() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let history = output.appendingPathComponent("history.sqlite")
        try Data((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) }).write(to: history)
        let summary = try await AnalyzeRun.run(Self.configuration(output))
        let aside = try #require(summary.historySetAside)
        #expect(aside.hasPrefix("history.sqlite.corrupt-"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(aside).path))
        #expect(
            SummaryText.render(summary, output: "out").contains(
                "The run history was damaged; it was set aside as \(aside)"))
        let errors = try AnalyzeRunTests.read(output, "errors.csv")
        #expect(
            errors.contains("history.sqlite,,\"the run history was damaged (")
                && errors.contains("a new one started\",warning"))
        #expect(
            try AnalyzeRunTests.read(output, "summary.html").contains("historique endommagé, mis de côté sous \(aside)")
        )
        // The fresh history holds tonight's run: tomorrow has a trend again.
        let second = try await AnalyzeRun.run(Self.configuration(output, night: 1))
        #expect(second.previousRun == "2026-11-18T11:06:40Z")
        #expect(second.historySetAside == nil)
    }
}
