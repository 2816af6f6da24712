import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Chat: JSON exports")
struct ChatJSONTests {
    private func read(_ json: String) -> IngestOutput {
        ChatJSONReader.read(Array(json.utf8), path: "chats/c.json", options: shopOptions)
    }

    @Test("An object holding messages with nested authors, typed roles, ISO and epoch times")
    func exportFixture() throws {
        let output = ChatJSONReader.read(try fixtureBytes("chat", "export.json"), path: "chats/export.json", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["My refund never came.", "It has been three weeks."])
        #expect(output.skipped == [.bot: 1, .agent: 1])
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 11, day: 22, hour: 9, minute: 2, second: 30))
        #expect(output.verbatims.last?.date == Date(timeIntervalSince1970: 1_795_341_780))
        #expect(output.verbatims.first?.conversation == "chats/export.json#c-17")
        #expect(output.verbatims.first?.source.position == "message 2")
        #expect(output.verbatims.first?.readerSignals == ["escalation"])
    }

    @Test(
        "Usual shapes and field names",
        arguments: [
            #"[{"sender": "Client", "text": "Colis abîmé."}, {"sender": "Agent Paul", "text": "Désolé."}]"#,
            #"{"transcript": [{"from": "visitor", "message": "Colis abîmé."}, {"from": "operator", "message": "Désolé."}]}"#,
            #"[{"role": "user", "content": "Colis abîmé."}, {"role": "assistant", "content": "Désolé."}]"#,
            "{\"speaker\": \"Client\", \"body\": \"Colis abîmé.\"}\n{\"speaker\": \"Support\", \"body\": \"Désolé.\"}\n",
        ])
    func shapes(json: String) {
        let output = read(json)
        #expect(output.verbatims.map(\.text) == ["Colis abîmé."])
        #expect(output.skipped.values.reduce(0, +) == 1)
        #expect(output.findings.isEmpty)
    }

    @Test("Invalid JSON is a finding, not a crash; a bad JSON Lines record is a finding with its line")
    func invalid() {
        let broken = read("{\"messages\": [ {\"text\": \"oops\" ")
        #expect(broken.verbatims.isEmpty)
        #expect(broken.findings.count == 1)
        let lines = read("{\"role\": \"user\", \"text\": \"Un\"}\n{oops\n{\"role\": \"user\", \"text\": \"Deux\"}\n")
        #expect(lines.verbatims.map(\.text) == ["Un", "Deux"])
        #expect(lines.findings.map(\.position) == ["line 2"])
    }
}
