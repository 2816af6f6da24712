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

