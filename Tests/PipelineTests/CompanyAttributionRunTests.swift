import Foundation
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// Whom a run took for the company, per file, in manifest.json, summary.html and the terminal
/// summary: the same bytes whatever `--jobs`.
@Suite struct CompanyAttributionRunTests {
    /// A tiny corpus: a WhatsApp Business export named after its customer, a live chat whose agent
    /// carries a role label (with markup in the name).
    static func corpus() throws -> URL {
        let root = try AnalyzeRunTests.temporaryFolder()
        let chats = root.appendingPathComponent("chats")
        try FileManager.default.createDirectory(at: chats, withIntermediateDirectories: true)
        try """
        22/11/2026 à 09:58 - Cette entreprise utilise un service sécurisé de Meta pour gérer cette discussion.
        22/11/2026 à 10:02 - Léa Martin: Ma lampe est arrivée cassée
        22/11/2026 à 10:10 - Lumière & Co: Bonjour Léa, pouvez-vous m'envoyer une photo ?
        """.write(
            to: chats.appendingPathComponent("Discussion WhatsApp avec Léa Martin.txt"), atomically: true,
            encoding: .utf8)
        try """
        [22/11/2026 10:00:00] Julie <Service Après-Vente>: Bonjour, que puis-je faire pour vous ?
        [22/11/2026 10:01:00] Client: Le colis est en retard depuis une semaine.
        """.write(to: chats.appendingPathComponent("live.txt"), atomically: true, encoding: .utf8)
        return root
    }

    static func run(_ corpus: URL, jobs: Int) async throws -> (summary: RunSummary, output: URL) {
        try await AnalyzeRunTests.run(corpus: corpus, jobs: jobs)
    }

    @Test("manifest.json lists, per file, whom the run took for the company, why, and the line that overrides it")
    func manifestSection() async throws {
        let corpus = try Self.corpus()
        let (summary, output) = try await Self.run(corpus, jobs: 2)
        let manifest = try ReportSetTests.manifest(output)
        let company = try #require(manifest["company"] as? [[String: Any]])
        #expect(company.count == 2)
        let entries = company.map { entry in
            [entry["role"], entry["speaker"], entry["reason"], entry["override"]].map { $0 as? String ?? "" }
                + ((entry["files"] as? [String]) ?? [])
        }
        #expect(
            entries == [
                [
                    "agent", "Julie <Service Après-Vente>", "role label (Service Après-Vente)",
                    "customer_name\tJulie <Service Après-Vente>", "chats/live.txt",
                ],
                [
                    "agent", "Lumière & Co", "file name names the customer (Discussion WhatsApp avec Léa Martin.txt)",
                    "customer_name\tLumière & Co", "chats/Discussion WhatsApp avec Léa Martin.txt",
                ],
            ])
        #expect(
            SummaryText.render(summary, output: "out").contains(
                "taken for the company: 2 speakers in 2 files (agent 2): see summary.html or manifest.json"))
        let page = try AnalyzeRunTests.read(output, "summary.html")
        #expect(page.contains("<section id=\"company\">"))
        #expect(page.contains("<td>Julie &lt;Service Après-Vente&gt;</td>"))
        #expect(!page.contains("<Service"))
    }

    @Test("The company section is the same bytes whatever --jobs")
    func sameBytesWhateverJobs() async throws {
        let corpus = try Self.corpus()
        let one = try await Self.run(corpus, jobs: 1)
        let four = try await Self.run(corpus, jobs: 4)
        let first = try #require(ReportSetTests.manifest(one.output)["company"] as? [[String: Any]])
        let second = try #require(ReportSetTests.manifest(four.output)["company"] as? [[String: Any]])
        #expect(
            first.map { "\($0["speaker"] ?? "") \($0["files"] ?? "")" }
                == second.map { "\($0["speaker"] ?? "") \($0["files"] ?? "")" })
        #expect(
            try AnalyzeRunTests.read(one.output, "summary.html") == AnalyzeRunTests.read(four.output, "summary.html"))
    }
}
