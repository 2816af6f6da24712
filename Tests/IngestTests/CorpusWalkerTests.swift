import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite struct CorpusWalkerTests {
    /// Builds a throw-away corpus folder and removes it afterwards.
    private func withCorpus(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        try body(root)
    }

    @Test func sortsByRelativePathSkipsHiddenAndConfigAndReportsTheRest() throws {
        let files = [
            "surveys/nps.csv": "id;NPS;Commentaire\n1;9;Bien\n",
            "b.html": "<!doctype html><html></html>",
            "a/Maildir/new/1741": "From: c@example.fr\nSubject: Retard\n\nOù est mon colis ?",
            "B.eml": "Date: Mon, 3 Mar 2025 09:14:00 +0100\nFrom: x@y.fr\n\nBonjour",
            ".hidden.csv": "id,NPS\n1,2\n",
            ".git/config": "[core]",
            "verbatim-config.tsv": "key\tvalue\n",
            "empty.txt": "",
            "notes.txt": "juste une phrase",
        ]
        try withCorpus(files) { root in
            let (units, findings) = CorpusWalker.units(in: root)
            // Byte order: upper case before lower case, `/` before letters.
            #expect(units.map(\.relativePath) == ["B.eml", "a/Maildir/new/1741", "b.html", "surveys/nps.csv"])
            #expect(units.map(\.format) == [.eml, .eml, .reviewHTML, .survey])
            #expect(findings.map(\.source) == ["empty.txt", "notes.txt"])
            #expect(findings.map(\.reason) == ["empty file", "unrecognised format"])
        }
    }

    @Test func missingRootIsAFinding() {
        let (units, findings) = CorpusWalker.units(in: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(units.isEmpty)
        #expect(findings.count == 1)
        #expect(findings.first?.reason.hasPrefix("cannot read directory") == true)
    }

    @Test func bytesOfAShardAreItsRange() throws {
        try withCorpus(["m.mbox": "From a\nx\nFrom b\ny\n"]) { root in
            let unit = IngestUnit(url: root.appendingPathComponent("m.mbox"), relativePath: "m.mbox", format: .mbox, byteRange: 9..<18)
            let bytes = try CorpusWalker.bytes(of: unit)
            #expect(String(decoding: bytes, as: UTF8.self) == "From b\ny\n")
        }
    }
}

@Suite struct CorpusWalkerShardTests {
    @Test func largeMailboxIsShardedAtMessageBoundariesWithFileWideOrdinals() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shards-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var text = ""
        for index in 0..<10 {
            // A body line quoting "From " mid-line must not count as a boundary.
            text += "From client\(index)@example.fr Mon Mar  3 09:14:00 2025\nSubject: n\(index)\n\nSent From my phone\n\n"
        }
        let url = root.appendingPathComponent("big.mbox")
        try Data(text.utf8).write(to: url)
        let shards = try CorpusWalker.shards(of: url, relativePath: "big.mbox", size: text.utf8.count, shardSize: 200)
        #expect(shards.count > 1)
        #expect(shards.first?.byteRange?.lowerBound == 0)
        #expect(shards.last?.byteRange?.upperBound == text.utf8.count)
        for (previous, next) in zip(shards, shards.dropFirst()) {
            #expect(previous.byteRange?.upperBound == next.byteRange?.lowerBound)
            let bytes = try CorpusWalker.bytes(of: next)
            #expect(bytes.starts(with: Array("From ".utf8)))
        }
        // Each shard's ordinal base is the number of messages in the shards before it.
        var expectedBase = 0
        for shard in shards {
            #expect(shard.ordinalBase == expectedBase)
            let bytes = try CorpusWalker.bytes(of: shard)
            expectedBase += String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n").filter { $0.hasPrefix("From ") }.count
        }
        #expect(expectedBase == 10)
    }
}
