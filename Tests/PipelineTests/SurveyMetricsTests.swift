import Foundation
import Reporting
import Testing

@testable import Pipeline

/// NPS per journey stage in `hotspots.csv` equals a hand computation from the export, on a fixture
/// shaped like a real telecom NPS export (response id, date, stage, 0–10 score, optional comment).
@Suite struct SurveyMetricsTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Corpus/telecom")

    /// NPS per stage computed straight from the CSV: promoters 9–10 minus detractors 0–6 over all answers.
    static func handNPS() throws -> [String: (nps: Double, n: Int)] {
        let text = try String(contentsOf: corpus.appendingPathComponent("nps_export.csv"), encoding: .utf8)
        var tallies: [String: (promoters: Int, detractors: Int, n: Int)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count >= 4, let score = Int(cells[3]) else { continue }
            var tally = tallies[String(cells[2]), default: (0, 0, 0)]
            tally.n += 1
            if score >= 9 { tally.promoters += 1 }
            if score <= 6 { tally.detractors += 1 }
            tallies[String(cells[2])] = tally
        }
        return tallies.mapValues { (100 * Double($0.promoters - $0.detractors) / Double($0.n), $0.n) }
    }

    @Test func npsPerStageEqualsTheHandComputation() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-nps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = AnalyzeConfiguration(
            corpus: Self.corpus, output: output, lexicons: AnalyzeRunTests.lexicons,
            journey: AnalyzeRunTests.lexicons.appendingPathComponent("journeys/telecom.tsv"), dialect: .rfc4180)
        _ = try await AnalyzeRun.run(configuration)
        let table = try String(contentsOf: output.appendingPathComponent("hotspots.csv"), encoding: .utf8)
        let lines = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(lines.first)
        let touchpoint = try #require(header.firstIndex(of: "touchpoint"))
        let nps = try #require(header.firstIndex(of: "nps"))
        let npsN = try #require(header.firstIndex(of: "nps_n"))
        let stageOf = [
            "Order": "order", "First Payment": "first_payment", "Equipment Received": "equipment_received",
            "Service in Use": "service_in_use",
        ]
        let expected = try Self.handNPS()
        #expect(expected.count == 4)
        for (stage, hand) in expected {
            let row = try #require(lines.first { $0[touchpoint] == stageOf[stage].map { Substring($0) } })
            #expect(Int(row[npsN]) == hand.n, "\(stage): n")
            #expect(Double(row[nps]) == (hand.nps * 10).rounded() / 10, "\(stage): NPS")
        }
    }
}
