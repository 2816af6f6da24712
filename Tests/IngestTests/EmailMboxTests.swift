import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Email: mbox")
struct EmailMboxTests {
    @Test("Messages are split at From lines, >From is unescaped, agents are skipped, positions are file-wide")
    func readsMailbox() throws {
        let bytes = try fixtureBytes("email", "support.mbox")
        let output = MboxReader.read(bytes, path: "box/support.mbox", ordinalBase: 0, options: shopOptions)
        #expect(output.verbatims.map(\.source.position) == ["message 1", "message 2", "message 4"])
        #expect(output.verbatims.map(\.source.ordinal) == [0, 1, 3])
        #expect(output.skipped == [.agent: 1])
        #expect(
            output.verbatims[1].text
                == "I waited two weeks for my order.\nFrom the tracking page it never left the warehouse.")
        #expect(output.verbatims[0].text == "Mon colis est perdu depuis dix jours, personne ne me répond.")
        let shifted = MboxReader.read(bytes, path: "box/support.mbox", ordinalBase: 10, options: shopOptions)
        #expect(shifted.verbatims.map(\.source.position) == ["message 11", "message 12", "message 14"])
    }

    @Test("Shards cut at From lines, cover the file, and carry the message count before them")
    func shards() throws {
        let bytes = try fixtureBytes("email", "support.mbox")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbatim-shard-\(UUID().uuidString).mbox")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let pieces = try MboxSharding.shards(of: url, targetBytes: 300)
        #expect(pieces.count > 1)
        #expect(pieces.first?.range.lowerBound == 0)
        #expect(pieces.last?.range.upperBound == bytes.count)
        for (previous, next) in zip(pieces, pieces.dropFirst()) {
            #expect(previous.range.upperBound == next.range.lowerBound)
            #expect(bytes[next.range.lowerBound..<next.range.lowerBound + 5].elementsEqual("From ".utf8))
        }
        // Reading shard by shard gives the same verbatims as reading the whole file.
        var positions: [String] = []
        for piece in pieces {
            let output = MboxReader.read(
                Array(bytes[piece.range]), path: "box/support.mbox", ordinalBase: piece.ordinalBase,
                options: shopOptions)
            positions += output.verbatims.map(\.source.position)
        }
        #expect(positions == ["message 1", "message 2", "message 4"])
        #expect(try MboxSharding.shards(of: url, targetBytes: 1 << 20).count == 1)
    }

    @Test("A broken message in a mailbox is a finding with its message number; the others are read")
    func brokenMessage() {
        let box =
            "From a@b.c Mon Jan  5 10:00:00 2026\nnot a header line\nat all\n\nFrom x@example.com Mon Jan  5 11:00:00 2026\nFrom: x@example.com\n\nBonjour, tout va bien.\n"
        let output = MboxReader.read(Array(box.utf8), path: "b.mbox", ordinalBase: 0, options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Bonjour, tout va bien."])
        #expect(output.findings.map(\.position) == ["message 1"])
    }
}
