import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// A long survey cell is text, never a date, so guessing the date column stays cheap.
@Suite("Long cells are not dates")
struct LongCellDateTests {
    @Test(
        "A cell longer than any written date is no date, even when it starts with one (a survey comment, not a date column)"
    )
    func longCell() {
        let comment = "14/03/2025 " + String(repeating: "livraison en retard ", count: 10)
        #expect(LooseDate.parse(comment) == nil)
        #expect(LooseDate.evidence(comment) == nil)
        #expect(LooseDate.parse("mercredi 14 septembre 2025 09:30:00 +01:00") != nil)
    }
}
