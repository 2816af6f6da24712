import Foundation
import Reporting
import Testing

@testable import Pipeline

/// The hot spot tables' columns on a real run: today's with the shipped lexicons, and one more for
/// a signal an analyst adds in `lexicons/signals/*.tsv`, without any Swift change.
@Suite struct ReportColumnsRunTests {
    static let measures =
        "verbatims,share,negative,negative_share,negative_share_low95,positive_share,mixed_share,net_sentiment,"
        + "mean_sentiment,impact,nps,nps_n,nps_moe95,nps_impact,csat,csat_n,ces_mean,ces_easy_share,ces_n,"
        + "effort,churn,urgency,repeat_contact,channel_switch,bot_loop,transfer,escalation,incoherence,top_themes,"
        + "top_emotion,negative_share_change,negative_share_p,nps_change,nps_p,q,significant,negative_share_vs_4w,"
        + "example,example_source"

    static func header(_ output: URL, _ name: String) throws -> String {
        String(try #require(try AnalyzeRunTests.read(output, name).split(separator: "\n").first))
    }

    @Test func theShippedLexiconsGiveTodaysColumns() async throws {
        let (_, output) = try await AnalyzeRunTests.run(corpus: AnalyzeRunTests.corpus, jobs: 2)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(
            try Self.header(output, "hotspots.csv") == "rank,touchpoint," + Self.measures + ",people,multichannel_share"
        )
        #expect(try Self.header(output, "themes.csv") == "rank,touchpoint,theme," + Self.measures)
    }

    @Test func aSignalAddedInTheLexiconGetsItsColumn() async throws {
        let lexicons = try AnalyzeRunTests.temporaryFolder().appendingPathComponent("lexicons")
        defer { try? FileManager.default.removeItem(at: lexicons.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: AnalyzeRunTests.lexicons, to: lexicons)
        let french = lexicons.appendingPathComponent("signals/fr.tsv")
        let rows = try String(contentsOf: french, encoding: .utf8) + "broken-promise\tpromis\tterm\n"
        try rows.write(to: french, atomically: true, encoding: .utf8)
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = AnalyzeConfiguration(
            corpus: AnalyzeRunTests.corpus, output: output, lexicons: lexicons, jobs: 2, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"), asOf: Date(timeIntervalSince1970: 1_795_000_000))
        _ = try await AnalyzeRun.run(configuration)

        let header = try Self.header(output, "hotspots.csv").split(separator: ",")
        // After the shipped lexicon signals, before those set by code.
        let column = try #require(header.firstIndex(of: "broken_promise"))
        #expect(header[column - 1] == "urgency" && header[column + 1] == "repeat_contact")
        // Quotes may hold line breaks: only the lines that start a row (a rank) are read.
        let lines = try AnalyzeRunTests.read(output, "hotspots.csv").split(separator: "\n").dropFirst()
        var counts: [Int] = []
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > column, Int(fields[0]) != nil else { continue }
            counts.append(Int(fields[column]) ?? -1)
        }
        // "Remboursement promis il y a un mois, toujours rien" (surveys/nps.csv).
        #expect(counts.reduce(0, +) == 1)
    }
}
