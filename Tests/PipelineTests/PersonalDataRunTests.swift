import Foundation
import Testing

@testable import Pipeline

/// The masker a run uses reads the context words of `lexicons/common/personal-data-context.tsv`:
/// an order number stays readable in `verbatims.csv`, a card, a phone and an IBAN do not.
@Suite struct PersonalDataRunTests {
    @Test func aRunMasksPersonalDataButKeepsOrderNumbers() async throws {
        let corpus = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let csv = """
            Response ID,Date,NPS (0-10),Comment\r
            R1,2026-11-10,2,"Commande n° 4539 1488 0343 6467 jamais reçue, rappelez-moi au 07700 900123"\r
            R2,2026-11-11,1,"Payé par carte 4539 1488 0343 6467, remboursez sur fr76-3000-6000-0112-3456-7890-189"\r

            """
        try Data(csv.utf8).write(to: corpus.appendingPathComponent("nps.csv"))
        let (_, output) = try await AnalyzeRunTests.run(corpus: corpus, jobs: 1)
        defer { try? FileManager.default.removeItem(at: output) }
        let verbatims = try AnalyzeRunTests.read(output, "verbatims.csv")
        #expect(verbatims.contains("Commande n° 4539 1488 0343 6467 jamais reçue, rappelez-moi au [phone]"))
        #expect(verbatims.contains("Payé par carte [card], remboursez sur [iban]"))
    }
}
