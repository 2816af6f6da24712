import Foundation
import PropertyBased
import Reporting
import Testing

@testable import Pipeline

/// Past one machine: partials of any split of a corpus, merged, are the reports of one run over it.
@Suite struct PartialMergeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("corpora/sample")
    static let asOf = Date(timeIntervalSince1970: 1_795_000_000)
    /// Fields of `manifest.json` that say when and how the run ran, not what it found.
    static let runTimeFields: Set<String> = ["run_id", "started", "generation", "seconds", "jobs", "cache"]

    static func configuration(output: URL, dialect: CSVDialect = .rfc4180) -> AnalyzeConfiguration {
        AnalyzeConfiguration(
            corpus: sample, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2, dialect: dialect,
            history: output.appendingPathComponent("history.sqlite"), asOf: asOf)
    }

    /// The whole run's reports over the sample, made once for every test of the suite.
    static let whole: Task<[String: Data], any Error> = Task {
        let output = try AnalyzeRunTests.temporaryFolder()
        _ = try await AnalyzeRun.run(configuration(output: output))
        return try reports(in: output)
    }

    /// Every report of the current set, by name; the manifest without its run-time fields.
    static func reports(in output: URL) throws -> [String: Data] {
        let current = output.appendingPathComponent("current")
        var reports: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: current.path) {
            var data = try Data(contentsOf: current.appendingPathComponent(name))
            if name == "manifest.json", var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
                for field in runTimeFields { object.removeValue(forKey: field) }
                data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            }
            reports[name] = data
        }
        return reports
    }

    /// Writes one partial per part of `parts` (corpus-relative paths) into `folder`.
    static func partials(
        _ parts: [Set<String>?], in folder: URL, dialect: CSVDialect = .rfc4180
    ) async throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        for (index, part) in parts.enumerated() {
            let file = folder.appendingPathComponent("part-\(index).partial")
            _ = try await AnalyzeRun.writePartial(
                configuration(output: folder.appendingPathComponent("unused"), dialect: dialect), to: file, only: part)
            files.append(file)
        }
        return files
    }

    /// The sample's input files, as a partial of the whole corpus lists its units.
    static let inputFiles: Task<[String], any Error> = Task {
        let folder = try AnalyzeRunTests.temporaryFolder()
        let file = try await partials([nil], in: folder)[0]
        var seen = Set<String>()
        return try PartialReader(url: file).header.units.map(\.path).filter { seen.insert($0).inserted }
    }

    @Test func mergeOfAnySplitIsTheWholeRun() async throws {
        let files = try await Self.inputFiles.value
        let whole = try await Self.whole.value
        #expect(files.count > 20)
        let split = Gen.int(in: 1...5)
        let assignment = Gen.int(in: 0...4).array(of: files.count)
        await propertyCheck(count: 5, input: split, assignment) { partCount, assigned in
            var parts = [Set<String>](repeating: [], count: partCount)
            for (file, part) in zip(files, assigned) { parts[part % partCount].insert(file) }
            let folder = try AnalyzeRunTests.temporaryFolder()
            let partials = try await Self.partials(parts, in: folder)
            let output = folder.appendingPathComponent("merged")
            // Given in reverse: the order of the partials on the command line does not matter.
            _ = try await AnalyzeRun.merge(Self.configuration(output: output), partials: partials.reversed())
            let merged = try Self.reports(in: output)
            #expect(merged.keys.sorted() == whole.keys.sorted())
            for (name, data) in whole { #expect(merged[name] == data, "\(name) differs, \(partCount) parts") }
        }
    }

    @Test func partialsOfAnotherConfigurationAreRefused() async throws {
        let files = try await Self.inputFiles.value
        let folder = try AnalyzeRunTests.temporaryFolder()
        let first = try await Self.partials([Set(files.prefix(10))], in: folder)[0]
        let other = folder.appendingPathComponent("other.partial")
        _ = try await AnalyzeRun.writePartial(
            Self.configuration(output: folder, dialect: .excelFR), to: other, only: Set(files.dropFirst(10)))
        do {
            _ = try await AnalyzeRun.merge(
                Self.configuration(output: folder.appendingPathComponent("out")), partials: [first, other])
            Issue.record("partials of two CSV dialects were merged")
        } catch {
            #expect("\(error)".hasPrefix("\(other.path) and \(first.path) were made with different lexicons"))
        }
        // The merge's own dialect must be the partials' too.
        let whole = try await Self.partials([nil], in: folder.appendingPathComponent("whole"))
        do {
            _ = try await AnalyzeRun.merge(
                Self.configuration(output: folder.appendingPathComponent("out2"), dialect: .excelFR), partials: whole)
            Issue.record("a merge with another --csv than its partials was accepted")
        } catch {
            #expect("\(error)".contains("--csv"))
        }
    }

    @Test func aMissingOrRepeatedPartitionIsNamed() async throws {
        let files = try await Self.inputFiles.value
        let folder = try AnalyzeRunTests.temporaryFolder()
        let partials = try await Self.partials([Set(files.prefix(5)), Set(files.dropFirst(4))], in: folder)
        let out = folder.appendingPathComponent("out")
        #expect(throws: PartialError.duplicateUnit(path: files[4], files: partials.map(\.path))) {
            try PartialMerge(files: partials, reportShaping: PartialShaping.reports(Self.configuration(output: out)))
        }
        #expect(throws: PartialError.missingUnit(path: files[5])) {
            try PartialMerge(
                files: [partials[0]], reportShaping: PartialShaping.reports(Self.configuration(output: out)))
        }
        _ = try? await AnalyzeRun.merge(Self.configuration(output: out), partials: [partials[0]])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("current").path))
    }

    /// A partial cut anywhere (a copy that stopped, a full disk) is an error that names it, never a
    /// trap and never reports from part of the run.
    @Test func aTruncatedPartialIsAnErrorNamingTheFile() async throws {
        let folder = try AnalyzeRunTests.temporaryFolder()
        let file = try await Self.partials([nil], in: folder)[0]
        let bytes = try Data(contentsOf: file)
        let cut = folder.appendingPathComponent("cut.partial")
        let reportShaping = PartialShaping.reports(Self.configuration(output: folder))
        await propertyCheck(count: 40, input: Gen.int(in: 0...(bytes.count - 1))) { length in
            try bytes.prefix(length).write(to: cut)
            do {
                var merge = try PartialMerge(files: [cut], reportShaping: reportShaping)
                try merge.feed { _, _ in }
                Issue.record("a partial cut at \(length) of \(bytes.count) bytes was read whole")
            } catch let error as PartialError {
                #expect(error.description.hasPrefix(cut.path), "\(error)")
            }
        }
    }

    @Test func partitionListsReadOnePathALine() {
        #expect(PartitionList.parse("a/b.eml\r\n\nc d.txt\n") == ["a/b.eml", "c d.txt"])
    }
}
