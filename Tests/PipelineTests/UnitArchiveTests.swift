import Foundation
import Ingest
import PropertyBased
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// A unit's result survives the archive exactly (the incremental cache and the Spark partials rely
/// on it), and a damaged or foreign archive is refused, never a trap.
@Suite struct UnitArchiveTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora/sample")

    /// Every unit result of `corpora/sample`, as the run's tasks hand them back.
    static func sampleResults() async throws -> [AnalyzeRun.UnitResult] {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = AnalyzeConfiguration(
            corpus: sample, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 1, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"))
        var setUp = try AnalyzeRun.prepare(configuration)
        let (units, _) = await AnalyzeRun.listUnits(configuration)
        setUp.options.mailbox = await AnalyzeRun.inferMailbox(units, options: setUp.options, jobs: 1)
        let reports = try AnalyzeRun.startReports(configuration, setUp: setUp, folder: output, failing: nil)
        return units.map {
            AnalyzeRun.process($0, analyzer: setUp.analyzer, options: setUp.options, report: reports.report)
        }
    }

    static func expectSame(_ read: AnalyzeRun.UnitResult, _ original: AnalyzeRun.UnitResult) {
        #expect(read.source == original.source)
        #expect(read.records == original.records, "\(original.source)")
        #expect(read.rows.map { $0?.segments } == original.rows.map { $0?.segments }, "\(original.source)")
        #expect(read.output.verbatims == original.output.verbatims, "\(original.source)")
        #expect(read.output.findings == original.output.findings, "\(original.source)")
        #expect(read.output.skipped == original.output.skipped, "\(original.source)")
        #expect(read.output.format == original.output.format, "\(original.source)")
        #expect(read.output.company == original.output.company, "\(original.source)")
    }

    @Test("Every unit result of the sample corpus reads back field for field")
    func sampleRoundTrip() async throws {
        let results = try await Self.sampleResults()
        #expect(results.count > 10)
        #expect(results.contains { !$0.output.findings.isEmpty })
        #expect(results.contains { !$0.output.skipped.isEmpty })
        #expect(results.contains { !$0.output.company.isEmpty })
        #expect(results.contains { $0.rows.contains { $0 == nil } } || results.allSatisfy { !$0.rows.isEmpty })
        for result in results {
            let bytes = UnitArchive.encode(result)
            Self.expectSame(try UnitArchive.decode(bytes), result)
            #expect(UnitArchive.encode(try UnitArchive.decode(bytes)) == bytes, "the same result is the same bytes")
        }
    }

    @Test("Every field of a record, including the rare ones, reads back exactly")
    func rareFieldsRoundTrip() throws {
        let verbatim = Verbatim(
            source: SourceLocation(path: "a/b.csv", ordinal: -3, position: "row 2"), channel: .survey,
            date: Date(timeIntervalSince1970: 1_700_000_000.123_456_7), customer: "k", conversation: "c",
            isReply: true, text: "Très déçu 🙁", context: "Objet", declaredLanguage: .fr,
            scores: SurveyScores(nps: 0, ces: 7, cesScale: 7, csat: 1, rating: 4.5), touchpointHint: "delivery",
            readerSignals: ["bot-loop", "transfer"])
        let record = AnalysedVerbatim(
            verbatim: verbatim, language: .unknown,
            sentiment: SentimentResult(
                score: -0.1 / 3, label: .mixed,
                clauses: [ClauseScore(start: 0, end: 5, score: -.pi, weight: 1e-300, sentence: 2, opensContrast: true)]),
            emotions: [EmotionScore(emotion: .trust, intensity: 0.25)],
            themes: [ThemeMention(theme: "t", sentiment: -1)],
            signals: ["churn"], touchpoint: "other", placement: .conversation)
        var output = IngestOutput(verbatims: [verbatim], findings: [], skipped: [.bot: 2, .noReview: 1], format: "x")
        output.findings = [Finding(source: "s", position: "p", reason: "r", severity: .warning, ordinal: -1)]
        output.attribute(CompanyAttribution(role: .agent, speaker: "Léa", reason: "r", override: "o"))
        let result = AnalyzeRun.UnitResult(records: [record], rows: [nil], source: "s (bytes 1-2)", output: output)
        Self.expectSame(try UnitArchive.decode(UnitArchive.encode(result)), result)
    }

    @Test("An archive of another version, or not an archive, is refused")
    func versionMismatch() throws {
        let result = AnalyzeRun.UnitResult(records: [], rows: [], source: "s", output: IngestOutput(format: "eml"))
        var bytes = UnitArchive.encode(result)
        bytes[4] = UnitArchive.version &+ 1
        #expect(throws: UnitArchive.DecodingError.version(UnitArchive.version &+ 1)) { try UnitArchive.decode(bytes) }
        #expect(throws: UnitArchive.DecodingError.notAnArchive) { try UnitArchive.decode(Array("SQLite".utf8)) }
        #expect(throws: UnitArchive.DecodingError.truncated) { try UnitArchive.decode([]) }
    }

    /// A random truncation, or random bytes overwritten (with the checksum made right again, so that
    /// the reader itself meets the damage), throws or reads a result: it never traps, and an archive
    /// the checksum guards is refused whenever it changed.
    @Test("Truncated or corrupt archives throw and never trap")
    func damageNeverTraps() async throws {
        let archives = try await Self.sampleResults().map(UnitArchive.encode)
        await propertyCheck(count: 300, input: Gen.uint64(), Gen.uint8().array(of: 1...8)) { seed, noise in
            let original = archives[Int(seed % UInt64(archives.count))]
            let cut = Int((seed >> 8) % UInt64(original.count))
            #expect(throws: UnitArchive.DecodingError.self) { try UnitArchive.decode(Array(original[..<cut])) }
            var damaged = original
            var hit: Set<Int> = []
            for (index, byte) in noise.enumerated() {
                let payload = UInt64(original.count - UnitArchive.headerSize)
                let at = UnitArchive.headerSize + Int((seed >> UInt64(index * 7)) % payload)
                // Each position once: two flips of one byte could cancel out.
                if hit.insert(at).inserted { damaged[at] ^= byte | 1 }
            }
            #expect(throws: UnitArchive.DecodingError.checksum) { try UnitArchive.decode(damaged) }
            let sum = UnitArchive.checksum(of: damaged, from: UnitArchive.headerSize)
            for index in 0..<8 { damaged[13 + index] = UInt8(truncatingIfNeeded: sum >> UInt64(index * 8)) }
            _ = try? UnitArchive.decode(damaged)
        }
    }
}
