import Foundation
import GRDB
import History
import Reporting
import Testing

@testable import Pipeline

/// Incremental nightly runs: a run reuses the cached result of every unchanged input and writes the
/// same reports as a cold run over the same corpus.
@Suite struct IncrementalRunTests {
    static let reports = ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv", "inputs.csv", "summary.html"]

    /// A scratch copy of `corpora/sample` (and of the lexicons, which one test edits).
    struct Scratch {
        let root: URL
        var corpus: URL { root.appendingPathComponent("corpus") }
        var lexicons: URL { root.appendingPathComponent("lexicons") }

        init() throws {
            root = try AnalyzeRunTests.temporaryFolder()
            try FileManager.default.copyItem(at: UnitArchiveTests.sample, to: corpus)
            try FileManager.default.copyItem(at: AnalyzeRunTests.lexicons, to: lexicons)
        }

        func output(_ name: String) -> URL { root.appendingPathComponent(name) }

        func run(into output: String, rebuild: Bool = false) async throws -> RunSummary {
            let out = self.output(output)
            var configuration = AnalyzeConfiguration(
                corpus: corpus, output: out, lexicons: lexicons, jobs: 2, dialect: .rfc4180,
                history: out.appendingPathComponent("history.sqlite"), asOf: Date(timeIntervalSince1970: 1_795_000_000))
            configuration.rebuild = rebuild
            return try await AnalyzeRun.run(configuration)
        }

        func report(_ output: String, _ name: String) throws -> String {
            try String(contentsOf: self.output(output).appendingPathComponent(name), encoding: .utf8)
        }

        /// The reports of `output` are those of a cold run into a new folder.
        func expectSameAsCold(_ output: String, except: Set<String> = []) async throws {
            let coldName = "cold-\(UUID().uuidString)"
            let cold = try await run(into: coldName)
            #expect(cold.reusedUnits == 0)
            for name in IncrementalRunTests.reports where !except.contains(name) {
                #expect(try report(output, name) == report(coldName, name), "\(name) differs from a cold run")
            }
        }

        func cachedCount(_ output: String, where condition: String = "1") throws -> Int {
            let queue = try DatabaseQueue(path: self.output(output).appendingPathComponent("history.sqlite").path)
            return try queue.read {
                try Int.fetchOne($0, sql: "SELECT count(*) FROM unit_cache WHERE \(condition)") ?? 0
            }
        }
    }

    @Test("A second run over the sample plus one new file analyses that file only, and writes a cold run's bytes")
    func oneNewFile() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        #expect(first.reusedUnits == 0)
        #expect(first.analysedUnits == first.units)
        let chat = scratch.corpus.appendingPathComponent("chats/2026-11-03-chat-fr-01.txt")
        let text = try String(contentsOf: chat, encoding: .utf8)
        try text.replacingOccurrences(of: "2026-11-03", with: "2026-11-29").write(
            to: scratch.corpus.appendingPathComponent("chats/2026-11-29-chat-fr-99.txt"), atomically: true,
            encoding: .utf8)
        let second = try await scratch.run(into: "out")
        #expect(second.units == first.units + 1)
        #expect(second.analysedUnits == 1)
        #expect(second.reusedUnits == first.units)
        let manifest = try scratch.report("out", "manifest.json")
        #expect(manifest.contains("\"analysed_units\" : 1,"))
        #expect(manifest.contains("\"reused_units\" : \(first.units)"))
        try await scratch.expectSameAsCold("out")
    }

    @Test("Changing one lexicon line analyses every input again")
    func lexiconChange() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        let lexicon = scratch.lexicons.appendingPathComponent("themes/fr.tsv")
        var text = try String(contentsOf: lexicon, encoding: .utf8)
        text += "# one more line\n"
        try text.write(to: lexicon, atomically: true, encoding: .utf8)
        let second = try await scratch.run(into: "out")
        #expect(second.reusedUnits == 0)
        #expect(second.analysedUnits == first.units)
        #expect(try scratch.cachedCount("out") == first.units, "the entries of the old lexicons are dropped")
    }

    @Test("A removed input drops out of the reports and of the cache")
    func removedFile() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        #expect(try scratch.cachedCount("out") == first.units)
        try FileManager.default.removeItem(at: scratch.corpus.appendingPathComponent("reviews/fr-lampe-nuage.html"))
        let second = try await scratch.run(into: "out")
        #expect(second.analysedUnits == 0)
        #expect(second.reusedUnits == first.units - 1)
        #expect(try scratch.cachedCount("out") == first.units - 1)
        #expect(try !scratch.report("out", "inputs.csv").contains("fr-lampe-nuage"))
        try await scratch.expectSameAsCold("out")
    }

    @Test("--rebuild analyses every input and replaces the cache")
    func rebuild() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        let second = try await scratch.run(into: "out", rebuild: true)
        #expect(second.reusedUnits == 0)
        #expect(second.analysedUnits == first.units)
        #expect(try scratch.report("out", "manifest.json").contains("\"rebuild\" : true"))
        #expect(try scratch.cachedCount("out") == first.units)
        let third = try await scratch.run(into: "out")
        #expect(third.reusedUnits == first.units)
        try await scratch.expectSameAsCold("out")
    }

    @Test("A damaged cache entry is a warning and its input is analysed again, with the same reports")
    func corruptEntry() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        let queue = try DatabaseQueue(path: scratch.output("out").appendingPathComponent("history.sqlite").path)
        try await queue.write { db in
            try db.execute(
                sql: "UPDATE unit_cache SET archive = substr(archive, 1, length(archive) - 3) "
                    + "WHERE rowid = (SELECT min(rowid) FROM unit_cache)")
        }
        let second = try await scratch.run(into: "out")
        #expect(second.analysedUnits == 1)
        #expect(second.reusedUnits == first.units - 1)
        #expect(second.warnings == first.warnings + 1)
        #expect(try scratch.report("out", "errors.csv").contains("the cached result could not be read"))
        try await scratch.expectSameAsCold("out", except: ["errors.csv", "summary.html"])
        let third = try await scratch.run(into: "out")
        #expect(third.reusedUnits == first.units, "the entry was stored again")
    }

    @Test("A file whose modification time changed but whose bytes did not is reused")
    func touchedFileReused() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        let first = try await scratch.run(into: "out")
        let review = scratch.corpus.appendingPathComponent("reviews/fr-lampe-nuage.html")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: review.path)
        let second = try await scratch.run(into: "out")
        #expect(second.analysedUnits == 0)
        #expect(second.reusedUnits == first.units)
        try await scratch.expectSameAsCold("out")
    }

    @Test("Files settled before a run are stamped, and the next run reuses them all with a cold run's bytes")
    func settledFilesStamped() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.root) }
        // The copy's files were just written: a stamp is stored only for a file unchanged for a second.
        try await Task.sleep(for: .seconds(2.5))
        let first = try await scratch.run(into: "out")
        #expect(try scratch.cachedCount("out", where: "stamp IS NOT NULL") == first.units)
        let second = try await scratch.run(into: "out")
        #expect(second.reusedUnits == first.units)
        #expect(second.analysedUnits == 0)
        try await scratch.expectSameAsCold("out")
    }
}
