import Foundation
import History
import Ingest
import Testing

@testable import Pipeline

/// The incremental cache trusts a stored content hash only when the unit's file has the stamp
/// (path, device, inode, size, mtime, ctime) stored with it; any other file is read and hashed.
@Suite struct UnitCacheStampTests {
    /// A cache over a fresh history, and a one-line file in a scratch folder.
    struct Fixture {
        let root: URL
        let file: URL
        let cache: UnitCache

        init() throws {
            root = try AnalyzeRunTests.temporaryFolder()
            file = root.appendingPathComponent("chat.txt")
            try Data("[10:02] Claire: toujours rien reçu\n".utf8).write(to: file)
            let store = try HistoryStore(url: root.appendingPathComponent("history.sqlite"))
            cache = UnitCache(store: store, output: "/out", shaping: "s", reuse: true)
        }

        func unit(_ url: URL) -> IngestUnit { IngestUnit(url: url, relativePath: "chat.txt", format: .chatText) }

        /// The cache with `stamp` stored for the unit of `file`, with a content hash no file has.
        func trusting(_ stamp: FileStamp?) throws -> UnitCache {
            let name = try #require(cache.key(of: unit(file))).key.unit
            var trusting = cache
            trusting.stamps = stamp.map { [name: HistoryStore.UnitStamp(stamp: $0.text, content: "stored")] } ?? [:]
            return trusting
        }
    }

    @Test("A file whose stamp is the stored one is not hashed: the stored content hash is used")
    func sameStampTrusted() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let cache = try fixture.trusting(FileStamp(path: Array(fixture.file.path.utf8)))
        let key = try #require(cache.key(of: fixture.unit(fixture.file)))
        #expect(key.key.content == "stored")
        #expect(key.stamp == nil, "a trusted stamp is not stored again")
    }

    @Test("A rewritten file, even of the same size, is hashed again")
    func rewrittenFileHashed() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let cache = try fixture.trusting(FileStamp(path: Array(fixture.file.path.utf8)))
        let size = try Data(contentsOf: fixture.file).count
        // A new file where the old one was, as a nightly drop or an editor saving would leave it.
        try Data(repeating: UInt8(ascii: "x"), count: size).write(to: fixture.file, options: .atomic)
        let key = try #require(cache.key(of: fixture.unit(fixture.file)))
        #expect(key.key.content != "stored")
        #expect(key.key.content.count == 64)
    }

    @Test("The same file name, size and times under another corpus path is not trusted")
    func otherCorpusPathHashed() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let cache = try fixture.trusting(FileStamp(path: Array(fixture.file.path.utf8)))
        let moved = fixture.root.appendingPathComponent("other-corpus")
        try FileManager.default.createDirectory(at: moved, withIntermediateDirectories: true)
        let link = moved.appendingPathComponent("chat.txt")
        // A hard link: the same inode, size and times; only the path differs.
        try FileManager.default.linkItem(at: fixture.file, to: link)
        let key = try #require(cache.key(of: fixture.unit(link)))
        #expect(key.key.content != "stored")
    }

    @Test("A file changed just before the run is hashed but not stamped; a settled one is stamped")
    func recentFileNotStamped() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        var cache = fixture.cache
        cache.settledBefore = Date().timeIntervalSince1970 - 1
        #expect(try #require(cache.key(of: fixture.unit(fixture.file))).stamp == nil)
        cache.settledBefore = Date().timeIntervalSince1970 + 60
        let stamp = try #require(cache.key(of: fixture.unit(fixture.file))).stamp
        #expect(stamp == FileStamp(path: Array(fixture.file.path.utf8))?.text)
    }
}
