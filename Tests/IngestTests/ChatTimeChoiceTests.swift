import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Chat times: the plausible one wins")
struct ChatTimeChoiceTests {
    @Test("A time of seconds into the chat gives way to a plausible creation date")
    func plausibleWins() {
        let json = #"[{"sender": "Client", "text": "Colis perdu.", "time": 12, "created_at": "2026-11-22T10:02:15Z"}]"#
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
        #expect(output.verbatims.first?.date == Date(timeIntervalSince1970: 1_795_341_735))
        #expect(output.findings.isEmpty)
    }
}
