import Foundation
import Reporting
import Testing

@testable import Pipeline

/// The masker a run uses reads the context words of `lexicons/common/personal-data-context.tsv`:
/// an order number stays readable in `verbatims.csv`, a card, a phone and an IBAN do not.
@Suite struct PersonalDataRunTests {
    @Test func aRunMasksPersonalDataButKeepsOrderNumbers() async throws {
        let corpus = try AnalyzeRunTests.temporaryFolder()
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { for folder in [corpus, output] { try? FileManager.default.removeItem(at: folder) } }
        let csv = """
            Response ID,Date,NPS (0-10),Comment\r
            R1,2026-11-10,2,"Commande n° 4539 1488 0343 6467 jamais reçue, rappelez-moi au 07700 900123"\r
            R2,2026-11-11,1,"Payé par carte 4539 1488 0343 6467, remboursez sur fr76-3000-6000-0112-3456-7890-189"\r

            """
        try Data(csv.utf8).write(to: corpus.appendingPathComponent("nps.csv"))
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 1, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"), asOf: Date(timeIntervalSince1970: 1_795_000_000))
        _ = try await AnalyzeRun.run(configuration)
        let verbatims = try AnalyzeRunTests.read(output, "verbatims.csv")
        #expect(verbatims.contains("Commande n° 4539 1488 0343 6467 jamais reçue, rappelez-moi au [phone]"))
        #expect(verbatims.contains("Payé par carte [card], remboursez sur [iban]"))
    }
}
