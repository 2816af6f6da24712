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
        let output = ChatJSONReader.read(
            try fixtureBytes("chat", "export.json"), path: "chats/export.json", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["My refund never came.", "It has been three weeks."])
        #expect(output.skipped == [.bot: 1, .agent: 1])
        #expect(
            output.verbatims.first?.date
                == CivilTime.date(year: 2026, month: 11, day: 22, hour: 9, minute: 2, second: 30))
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

    @Test("A mapping file names the fields of an unusual export")
    func mapping() {
        let (fields, problems) = ChatFieldMapping.parse(
            "# Acme export\nmessages = data.thread.posts\nspeaker = poster.nick\nrole\tposter.kind\ntext = payload.plain\ntime = at\ncolour = red\n"
        )
        #expect(problems == ["line 7: unknown field `colour`"])
        let json = #"""
            {"data": {"thread": {"posts": [
              {"poster": {"nick": "Zoé", "kind": "visitor"}, "payload": {"plain": "Le paiement a échoué deux fois."}, "at": "2026-11-22T08:00:00Z"},
              {"poster": {"nick": "Sam", "kind": "operator"}, "payload": {"plain": "Je regarde."}, "at": "2026-11-22T08:01:00Z"}
            ]}}}
            """#
        let output = ChatJSONReader.read(Array(json.utf8), path: "c.json", options: IngestOptions(chatFields: fields))
        #expect(output.verbatims.map(\.text) == ["Le paiement a échoué deux fois."])
        #expect(output.skipped == [.agent: 1])
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 11, day: 22, hour: 8, minute: 0))
        // Without the mapping, the export holds nothing the reader recognises.
        #expect(read(json).verbatims.isEmpty)
    }

    @Test(
        "A time field no format reads is a warning naming it; the message is kept undated",
        arguments: [
            "2025-13-45T99:99:99Z", "0000-01-01T00:00:00Z", "99999-01-01T00:00:00Z", "2026-11-22T10:00:00+9999",
        ])
    func unreadableDate(written: String) {
        let output = read(#"[{"sender": "Client", "text": "Colis perdu.", "timestamp": "\#(written)"}]"#)
        #expect(output.verbatims.map(\.text) == ["Colis perdu."])
        #expect(output.verbatims.first?.date == nil)
        #expect(output.findings.map(\.reason) == ["unreadable date \"\(written)\", ignored"])
        #expect(output.findings.first?.position == "message 1")
    }

    @Test(
        "A clock time without a date, or a placeholder, is no date and no warning",
        arguments: [#""10:02""#, "0", #""""#])
    func clockTimeIsNoFinding(written: String) {
        let output = read(#"[{"sender": "Client", "text": "Colis perdu.", "time": \#(written)}]"#)
        #expect(output.verbatims.first?.date == nil)
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
