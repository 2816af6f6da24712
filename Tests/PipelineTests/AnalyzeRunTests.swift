import Foundation
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// End to end on a tiny corpus of every format, including broken files.
@Suite struct AnalyzeRunTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Corpus/mini")
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(jobs: Int, output: URL, asOf: Date? = nil) async throws -> RunSummary {
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: lexicons, jobs: jobs, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"),
            asOf: asOf ?? Date(timeIntervalSince1970: 1_795_000_000))
        return try await AnalyzeRun.run(configuration)
    }

    /// Runs `analyze` on `corpus` into a new temporary folder (rfc4180 CSV, a fixed date).
    static func run(
        corpus: URL, jobs: Int, asOf: Date = Date(timeIntervalSince1970: 1_795_000_000)
    ) async throws -> (summary: RunSummary, output: URL) {
        let output = try temporaryFolder()
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: lexicons, jobs: jobs, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"), asOf: asOf)
        return (try await AnalyzeRun.run(configuration), output)
    }

    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func reportsAreTheSameBytesWhateverTheThreadCount() async throws {
        let one = try Self.temporaryFolder()
        let many = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: many)
        }
        _ = try await Self.run(jobs: 1, output: one)
        _ = try await Self.run(jobs: 4, output: many)
        for name in ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv"] {
            #expect(try Self.read(one, name) == Self.read(many, name), "\(name) depends on the thread count")
        }
    }

    /// A survey export larger than the shard size is read in pieces by several tasks: the reports
    /// must be the same bytes as when it is read whole, only `inputs.csv` lists the pieces.
    @Test func aLargeSurveyExportReadInShardsGivesTheSameReports() async throws {
        let corpus = try Self.temporaryFolder()
        let whole = try Self.temporaryFolder()
        let sharded = try Self.temporaryFolder()
        defer { for folder in [corpus, whole, sharded] { try? FileManager.default.removeItem(at: folder) } }
        let comments = [
            "Livraison en retard, colis abîmé.", "\"Très bon conseil,\r\nmerci Julie !\"",
            "Still waiting for my refund.",
            "\"Le chat répète \"\"votre demande est en cours\"\"\"", "", "RAS", "Site clair; paiement simple.",
        ]
        var csv = "Response ID,Date,NPS (0-10),Comment\r\n"
        for row in 0..<240 {
            csv += "R\(row),2026-11-\(10 + row % 15),\(row % 11),\(comments[row % comments.count])\r\n"
        }
        try Data(csv.utf8).write(to: corpus.appendingPathComponent("nps-export.csv"))
        var summaries: [RunSummary] = []
        for (output, shardBytes) in [(whole, 1 << 20), (sharded, 2_048)] {
            let configuration = AnalyzeConfiguration(
                corpus: corpus, output: output, lexicons: Self.lexicons, jobs: 2, dialect: .rfc4180,
                shardBytes: shardBytes,
                history: output.appendingPathComponent("history.sqlite"),
                asOf: Date(timeIntervalSince1970: 1_795_000_000))
            summaries.append(try await AnalyzeRun.run(configuration))
        }
        // One file either way; the summary says how many pieces it was read in.
        #expect(summaries.map(\.files) == [1, 1])
        #expect(summaries[0].units == 1 && summaries[1].units > 3)
        #expect(SummaryText.render(summaries[1], output: "out").contains("1 inputs in \(summaries[1].units) pieces"))
        for name in ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv"] {
            #expect(try Self.read(whole, name) == Self.read(sharded, name), "\(name) depends on sharding")
        }
        #expect(try Self.read(whole, "verbatims.csv").contains("merci Julie"))
        let pieces = try Self.read(sharded, "inputs.csv").split(separator: "\n").filter {
            $0.hasPrefix("nps-export.csv (bytes")
        }
        #expect(pieces.count > 3)
    }

    @Test func brokenFilesAreReportedAndTheRunGoesOn() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try await Self.run(jobs: 2, output: output)
        let errors = try Self.read(output, "errors.csv")
        #expect(errors.hasPrefix("source,position,reason,severity\n"))
        #expect(errors.contains("broken/blob.bin,,unrecognised format (binary data),error"))
        #expect(errors.contains("broken/cut.json"))
        #expect(errors.contains("surveys/nps.csv") && errors.contains("\"\"12\"\""))
        #expect(summary.errors == 2)
        #expect(summary.exitStatus == RunSummary.partialExitStatus)
        // Every channel is read despite the broken neighbours.
        #expect(summary.byChannel == [.email: 3, .chat: 3, .review: 2, .survey: 4])
    }

    @Test func onlyCustomerWordsReachTheReportsAndPersonalDataIsMasked() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try await Self.run(jobs: 2, output: output)
        let verbatims = try Self.read(output, "verbatims.csv")
        #expect(!verbatims.contains("je regarde votre commande"), "an agent chat turn was analysed")
        #expect(!verbatims.contains("the refund is on its way"), "an agent e-mail was analysed")
        #expect(!verbatims.contains("Cordialement"), "a signature was kept")
        #expect(!verbatims.contains("06 12 34 56 78") && verbatims.contains("[phone]"))
        #expect(!verbatims.contains("jeanne.martin@example.fr") && !verbatims.contains("paul@example.com"))
        #expect(summary.skipped[.agent] == 3)
        // The survey response with a score and no comment counts for NPS only.
        #expect(summary.scoreOnlyResponses == 1)
        #expect(summary.verbatims == 12)
    }

    @Test func theSecondNightIsComparedWithTheFirst() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await Self.run(jobs: 2, output: output, asOf: Date(timeIntervalSince1970: 1_795_000_000))
        let second = try await Self.run(jobs: 2, output: output, asOf: Date(timeIntervalSince1970: 1_795_086_400))
        #expect(second.previousRun == "2026-11-18T11:06:40Z")
        // Same corpus both nights: no change is significant.
        #expect(second.significantChanges == 0)
        let hotspots = try Self.read(output, "hotspots.csv")
        let header = try #require(hotspots.split(separator: "\n").first)
        let changeColumn = try #require(header.split(separator: ",").firstIndex(of: "negative_share_change"))
        let firstRow = try #require(hotspots.split(separator: "\n").dropFirst().first)
        #expect(firstRow.split(separator: ",", omittingEmptySubsequences: false)[changeColumn] == "0.0")
    }

    @Test func aMissingCorpusIsFatal() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = AnalyzeConfiguration(
            corpus: output.appendingPathComponent("nowhere"), output: output, lexicons: Self.lexicons)
        await #expect(throws: AnalyzeRun.Failure.self) { try await AnalyzeRun.run(configuration) }
    }
}
