import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Reasons quote values briefly")
struct FindingExcerptTests {
    @Test("A huge survey cell is quoted in 60 characters")
    func hugeCell() {
        let huge = String(repeating: "9", count: 100_000)
        var csv = "Date,NPS (0-10),Commentaire\n"
        for day in 10...15 { csv += "2026-11-\(day),\(day - 5),Bon accueil\n" }
        csv += "\(huge),\(huge),Lent\n"
        let output = Ingestor.read(Array(csv.utf8), format: .survey, path: "s.csv", options: shopOptions)
        #expect(output.findings.count == 2)
        #expect(output.findings.allSatisfy { $0.reason.count < 120 && $0.reason.contains("…") })
        #expect(Finding.excerpt("court") == "court")
    }
}
