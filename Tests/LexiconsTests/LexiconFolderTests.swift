import Foundation
import Lexicons
import Testing
import VerbatimModel

/// A run started outside the repository (a cron job) must find the lexicons or fail loudly: it
/// once scored every verbatim neutral from an empty default folder.
@Suite("Lexicon folder")
struct LexiconFolderTests {
    /// A scratch tree under the temporary folder, removed by the caller.
    static func makeTree(_ name: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbatim-lexfolder-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// Writes `fr/valence.tsv` and `en/valence.tsv` (one term each) under `folder`.
    static func plantLexicons(at folder: URL) throws {
        for language in ["fr", "en"] {
            let dir = folder.appendingPathComponent(language, isDirectory: true)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "# format: term<TAB>valence\nterm\tvalence\nsuper\t2\n".write(
                to: dir.appendingPathComponent("valence.tsv"), atomically: true, encoding: .utf8)
        }
    }

    @Test("an explicit --lexicons wins, even when it does not exist")
    func explicitWins() throws {
        let root = try Self.makeTree("explicit")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.plantLexicons(at: root.appendingPathComponent("lexicons"))
        let found = LexiconFolder.resolve(
            explicit: "/nowhere/lexicons", environment: [:], executable: nil, currentDirectory: root)
        #expect(found.path == "/nowhere/lexicons")
    }

    @Test("./lexicons comes first, then $VERBATIM_LEXICONS")
    func localThenEnvironment() throws {
        let root = try Self.makeTree("local")
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere", isDirectory: true)
        try Self.plantLexicons(at: elsewhere)
        let work = root.appendingPathComponent("work", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let environment = [LexiconFolder.environmentVariable: elsewhere.path]
        #expect(
            LexiconFolder.resolve(explicit: nil, environment: environment, executable: nil, currentDirectory: work).path
                == elsewhere.path)
        try Self.plantLexicons(at: work.appendingPathComponent("lexicons"))
        #expect(
            LexiconFolder.resolve(explicit: nil, environment: environment, executable: nil, currentDirectory: work).path
                == work.appendingPathComponent("lexicons").path)
    }

    @Test(
        "the folder beside the executable is found from a build tree and from an install",
        arguments: [
            ("repo/.build/x86_64-unknown-linux-gnu/release/verbatim", "repo/lexicons"),
            ("usr/local/bin/verbatim", "usr/local/share/verbatim/lexicons"),
        ])
    func besideTheExecutable(executable: String, lexicons: String) throws {
        let root = try Self.makeTree("exe")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.plantLexicons(at: root.appendingPathComponent(lexicons))
        let cron = root.appendingPathComponent("cron", isDirectory: true)
        try FileManager.default.createDirectory(at: cron, withIntermediateDirectories: true)
        let found = LexiconFolder.resolve(
            explicit: nil, environment: [:], executable: root.appendingPathComponent(executable),
            currentDirectory: cron)
        #expect(found.standardizedFileURL.path == root.appendingPathComponent(lexicons).standardizedFileURL.path)
    }

    @Test("with no lexicons anywhere, loading names the missing valence file instead of scoring neutral")
    func missingIsAnError() throws {
        let root = try Self.makeTree("missing")
        defer { try? FileManager.default.removeItem(at: root) }
        let found = LexiconFolder.resolve(explicit: nil, environment: [:], executable: nil, currentDirectory: root)
        #expect(found.path == root.appendingPathComponent("lexicons").path)
        #expect(!LexiconFolder.isLexiconFolder(found))
        let error = #expect(throws: LexiconError.self) { try SentimentLexicon(directory: found, language: .fr) }
        #expect(error?.description.contains("fr/valence.tsv") == true)
        #expect(error?.description.contains("--lexicons") == true)
    }
}
