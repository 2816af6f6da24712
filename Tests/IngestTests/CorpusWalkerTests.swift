import Foundation
import Testing
import VerbatimModel

@testable import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct CorpusWalkerTests {
    /// Builds a throw-away corpus folder and removes it afterwards.
    private func withCorpus(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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

    /// Short names make short `readdir` records, the ones a whole-`dirent` copy read past (a crash
    /// on the 26,000-file bench corpus): a big folder of names of every length is listed whole.
    @Test func aFolderOfThousandsOfShortAndLongNamesIsListedWholeInByteOrder() throws {
        let names = (0..<3_000).map { index in String(repeating: "n", count: index % 40) + String(index) }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in names { try Data().write(to: root.appendingPathComponent(name)) }
        let listed = try #require(RawFile.entryNames(in: Array(root.path.utf8)))
        #expect(
            listed.map { String(decoding: $0, as: UTF8.self) }
                == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func missingRootIsAFinding() {
        let (units, findings) = CorpusWalker.units(in: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(units.isEmpty)
        #expect(findings.count == 1)
        #expect(findings.first?.reason.hasPrefix("cannot read directory") == true)
    }

    @Test func bytesOfAShardAreItsRange() throws {
        try withCorpus(["m.mbox": "From a\nx\nFrom b\ny\n"]) { root in
            let unit = IngestUnit(
                url: root.appendingPathComponent("m.mbox"), relativePath: "m.mbox", format: .mbox, byteRange: 9..<18)
            let bytes = try RawFile.bytes(of: unit.path, range: unit.byteRange)
            #expect(String(decoding: bytes, as: UTF8.self) == "From b\ny\n")
        }
    }

    /// A small valid message, the content every path below points at.
    private static let mail =
        "From: claire@example.fr\nSubject: Colis\nDate: Mon, 3 Mar 2025 09:14:00 +0100\n\nToujours rien.\n"

    @Test func specialFilesAreFindingsAndNeverOpened() throws {
        try withCorpus(["good.eml": Self.mail]) { root in
            // Opening this FIFO for reading would block until a writer comes: the test ends only if it is never opened.
            #expect(mkfifo(root.appendingPathComponent("pipe.eml").path, 0o644) == 0)
            let (units, findings) = CorpusWalker.units(in: root)
            #expect(units.map(\.relativePath) == ["good.eml"])
            #expect(findings.map(\.source) == ["pipe.eml"])
            #expect(findings.map(\.reason) == ["named pipe (FIFO), not read"])
        }
    }

    @Test func linksToTheRootAndLoopsAreWalkedOnce() throws {
        try withCorpus(["good.eml": Self.mail, "sub/other.eml": Self.mail + "Encore.\n"]) { root in
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("a").path, withDestinationPath: ".")
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("b").path, withDestinationPath: ".")
            try manager.createSymbolicLink(
                atPath: root.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
            let (units, findings) = CorpusWalker.units(in: root)
            #expect(units.map(\.relativePath) == ["good.eml", "sub/other.eml"])
            #expect(findings.isEmpty)
        }
    }

    @Test func aLinkToAFileReadElsewhereIsReadOnceAtTheFirstPath() throws {
        try withCorpus(["b/mail.eml": Self.mail]) { root in
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("a.eml").path, withDestinationPath: "b/mail.eml")
            let (units, findings) = CorpusWalker.units(in: root)
            #expect(units.map(\.relativePath) == ["a.eml"])
            #expect(
                findings == [
                    Finding(source: "b/mail.eml", reason: "same file as a.eml, read once there", severity: .warning)
                ])
        }
    }

    @Test(arguments: [false, true])
    func aLinkLeavingTheCorpusIsAFinding(toASibling: Bool) throws {
        try withCorpus(["good.eml": Self.mail]) { root in
            let sibling = root.deletingLastPathComponent().appendingPathComponent(
                root.lastPathComponent + "-outside.eml")
            try Data(Self.mail.utf8).write(to: sibling)
            defer { try? FileManager.default.removeItem(at: sibling) }
            let target = toASibling ? "../" + sibling.lastPathComponent : "/etc/passwd"
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("leak.eml").path, withDestinationPath: target)
            let (units, findings) = CorpusWalker.units(in: root)
            #expect(units.map(\.relativePath) == ["good.eml"])
            #expect(findings == [Finding(source: "leak.eml", reason: "link to a file outside the corpus, not read")])
        }
    }

    @Test func aFileNamedInLatin1IsReadByItsBytesAndShownEscaped() throws {
        try withCorpus(["good.eml": Self.mail]) { root in
            let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".eml".utf8)
            let path = Array(root.path.utf8) + [UInt8(ascii: "/")] + name
            let descriptor = open(RawPath.cString(path), O_CREAT | O_WRONLY, 0o644)
            #expect(descriptor >= 0)
            let content = Array(Self.mail.utf8)
            #expect(write(descriptor, content, content.count) == content.count)
            close(descriptor)
            let (units, findings) = CorpusWalker.units(in: root)
            #expect(findings.isEmpty)
            #expect(units.map(\.relativePath) == ["caf\\xE9.eml", "good.eml"])
            let unit = try #require(units.first)
            let bytes = try RawFile.bytes(of: unit.path, range: unit.byteRange)
            #expect(String(decoding: bytes, as: UTF8.self) == Self.mail)
        }
    }

    @Test func aMailboxNamedInLatin1IsShardedByItsBytes() throws {
        let mailbox = (0..<20).map { "From a@b.fr Mon Mar  3 09:14:00 2025\nFrom: a@b.fr\n\nMessage \($0)\n" }.joined()
        try withCorpus(["plain.mbox": mailbox]) { root in
            let path = Array(root.path.utf8) + Array("/bo".utf8) + [0xEE] + Array("te.mbox".utf8)
            try Data(mailbox.utf8).write(to: root.appendingPathComponent("copy.mbox"))
            #expect(rename(root.appendingPathComponent("copy.mbox").path, RawPath.cString(path)) == 0)
            let expected = try MboxSharding.shards(of: root.appendingPathComponent("plain.mbox"), targetBytes: 300)
            let shards = try MboxSharding.shards(ofFileAt: path, targetBytes: 300)
            #expect(shards.count == expected.count && shards.count > 2)
            #expect(zip(shards, expected).allSatisfy { $0.range == $1.range && $0.ordinalBase == $1.ordinalBase })
        }
    }

    @Test func filesOverTheSizeLimitAndExcludedFoldersAreNotListed() throws {
        try withCorpus([
            "good.eml": Self.mail, "big.csv": String(repeating: "a;b\n", count: 300), "out/verbatims.csv": "a;b\n1;2\n",
        ]) {
            root in
            let limits = IngestLimits(maxFileSize: 1000)
            let (files, findings) = CorpusWalker.files(
                in: root, limits: limits, excluding: [root.appendingPathComponent("out")])
            #expect(files.map(\.relativePath) == ["good.eml"])
            #expect(
                findings == [
                    Finding(source: "big.csv", reason: "file larger than the 1000 bytes limit (1200 bytes), not read")
                ])
        }
    }

    @Test(arguments: [("2G", 2 << 30), ("500M", 500 << 20), ("64k", 64 << 10), ("1MiB", 1 << 20), ("1500", 1500)])
    func byteCountsTakeBinarySuffixes(text: String, expected: Int) {
        #expect(IngestLimits.byteCount(text) == expected)
    }

    @Test(arguments: ["", "M", "-5", "0", "1.5G", "99999999999999999999", "9999999999T"])
    func badByteCountsAreRejected(text: String) {
        #expect(IngestLimits.byteCount(text) == nil)
    }

    @Test func aLineOverTheLimitIsFoundAtItsStart() {
        let bytes = Array("a,b\n".utf8) + [UInt8](repeating: 0x61, count: 20) + Array("\nok\n".utf8)
        #expect(LongLineScan.firstLongLine(in: bytes, limit: 20) == nil)
        #expect(LongLineScan.firstLongLine(in: bytes, limit: 19) == 4)
        #expect(LongLineScan.firstLongLine(in: [UInt8](repeating: 0x61, count: 30), limit: 29) == 0)
    }
}
