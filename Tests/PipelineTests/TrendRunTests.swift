import Foundation
import Reporting
import Testing

@testable import Pipeline

/// Night after night on the same history: a hot spot that got worse is flagged, a quiet night is not.
@Suite struct TrendRunTests {
    static let bad = "Colis jamais arrivé, service scandaleux, je suis furieux"
    static let good = "Livraison rapide et soignée, parfait, merci"

    /// A survey export with `negative` angry and `total − negative` happy delivery comments, plus a
    /// stable product block.
    static func corpus(deliveryNegative negative: Int, at folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var csv = "ID,Date,Step,Recommend (0-10),Comment\n"
        for index in 0..<40 {
            let angry = index < negative
            csv += "d\(index),2026-11-10,Delivery,\(angry ? 1 : 9),\"\(angry ? bad : good)\"\n"
        }
        for index in 0..<40 {
            let angry = index < 8
            csv +=
                "p\(index),2026-11-10,Product,\(angry ? 3 : 10),\"\(angry ? "Lampe cassée, très déçu" : "Lampe magnifique, très bonne qualité")\"\n"
        }
        try csv.write(to: folder.appendingPathComponent("nps.csv"), atomically: true, encoding: .utf8)
    }

    static func night(_ corpus: URL, output: URL, day: Int) async throws -> (RunSummary, [String: String]) {
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: AnalyzeRunTests.lexicons, dialect: .rfc4180,
            asOf: Date(timeIntervalSince1970: 1_795_000_000 + Double(day) * 86_400))
        let summary = try await AnalyzeRun.run(configuration)
        let table = try String(contentsOf: output.appendingPathComponent("hotspots.csv"), encoding: .utf8)
        let lines = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = lines[0]
        let touchpoint = try #require(header.firstIndex(of: "touchpoint"))
        let significant = try #require(header.firstIndex(of: "significant"))
        var flags: [String: String] = [:]
        for row in lines.dropFirst() { flags[String(row[touchpoint])] = String(row[significant]) }
        return (summary, flags)
    }

    @Test func aWorseHotSpotIsFlaggedAndAQuietNightIsNot() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-trend-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("reports")
        try Self.corpus(deliveryNegative: 8, at: root.appendingPathComponent("night1"))
        try Self.corpus(deliveryNegative: 8, at: root.appendingPathComponent("night2"))
        try Self.corpus(deliveryNegative: 30, at: root.appendingPathComponent("night3"))

        let (first, firstFlags) = try await Self.night(root.appendingPathComponent("night1"), output: output, day: 0)
        #expect(first.previousRun == nil)
        #expect(firstFlags["delivery"] == "")

        let (quiet, quietFlags) = try await Self.night(root.appendingPathComponent("night2"), output: output, day: 1)
        #expect(quiet.previousRun != nil)
        #expect(quiet.significantChanges == 0)
        #expect(quietFlags["delivery"] == "no")
        #expect(quietFlags["product_received"] == "no")

        let (worse, worseFlags) = try await Self.night(root.appendingPathComponent("night3"), output: output, day: 2)
        #expect(worseFlags["delivery"] == "yes")
        #expect(worseFlags["product_received"] == "no")
        #expect(worse.significantChanges >= 1)
    }
}
