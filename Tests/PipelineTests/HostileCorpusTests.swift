import Foundation
import Ingest
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A drop folder an operator may really get: pipes, link loops, links out of the corpus, names
/// in Latin-1, random bytes with survey extensions, archives, a single-line export, a file over
/// the size limit, and the report folder inside the corpus. Each run must end, report each
/// hostile file in `errors.csv`, and give the same `verbatims.csv` as the good files alone.
@Suite struct HostileCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Corpus/mini")
    /// The good files, copied from the `mini` fixture corpus.
    static let goodFiles = ["chats/2026-11-20.txt", "emails/jeanne.eml", "surveys/nps.csv"]
    /// `café.eml` in Latin-1: not UTF-8, so a `String` cannot name it.
    static let latin1Name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".eml".utf8)
    static let latin1Mail = """
        From: Marc <marc@example.org>
        Date: Tue, 17 Nov 2026 10:00:00 +0100
        Subject: Remboursement

        Toujours pas de remboursement, c'est inadmissible.

        """

    /// A folder with the good files and the Latin-1 named mail.
    static func goodCorpus() throws -> URL {
        let root = try AnalyzeRunTests.temporaryFolder()
        for file in goodFiles {
            let destination = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(file), to: destination)
        }
        try writeFile(Array(latin1Mail.utf8), toRawPath: Array(root.path.utf8) + [UInt8(ascii: "/")] + latin1Name)
        return root
    }

    static func writeFile(_ bytes: [UInt8], toRawPath path: [UInt8]) throws {
        let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                $0.baseAddress.map { open($0, O_CREAT | O_WRONLY | O_TRUNC, 0o644) } ?? -1
            }
        }
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
    }

    /// Seeded bytes, the same on every run (SplitMix64).
    static func noise(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
        }
    }

    /// Adds every hostile entry to `root`.
    static func addHostileFiles(to root: URL) throws {
        let manager = FileManager.default
        #expect(mkfifo(root.appendingPathComponent("pipe.eml").path, 0o644) == 0)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("a").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("b").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: "emails")
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("passwd.eml").path, withDestinationPath: "/etc/passwd")
        for (index, name) in ["junk.csv", "junk.txt", "junk.csv.gz", "junk"].enumerated() {
            try Data(noise(count: 65_536, seed: UInt64(index + 1))).write(to: root.appendingPathComponent(name))
        }
        // A gzip member header (RFC 1952: magic, deflate, no flags) over random bytes.
        try Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03] + noise(count: 4096, seed: 9))
            .write(to: root.appendingPathComponent("export.csv.gz"))
        var longLine = Array("id,comment\n".utf8)
        longLine += [UInt8](repeating: UInt8(ascii: "a"), count: 2 << 20)
        try Data(longLine).write(to: root.appendingPathComponent("long.csv"))
        // Sparse: the size is what counts, and the walker must not read it.
        let huge = root.appendingPathComponent("huge.csv")
        try Data("id,comment\n".utf8).write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 4 << 20)
        try handle.close()
    }

    static func configuration(corpus: URL, output: URL) -> AnalyzeConfiguration {
        var configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2, dialect: .rfc4180,
            asOf: Date(timeIntervalSince1970: 1_795_000_000))
        configuration.limits.maxFileSize = 3 << 20
        configuration.limits.maxLineLength = 1 << 20
        return configuration
    }

    @Test func aHostileDropFolderGivesTheGoodFilesReportsAndOneRowPerHostileFile() async throws {
        let good = try Self.goodCorpus()
        let hostile = try Self.goodCorpus()
        let reference = try AnalyzeRunTests.temporaryFolder()
        defer { for folder in [good, hostile, reference] { try? FileManager.default.removeItem(at: folder) } }
        try Self.addHostileFiles(to: hostile)
        let expected = try await AnalyzeRun.run(Self.configuration(corpus: good, output: reference))
        #expect(expected.exitStatus == 0)
        let referenceVerbatims = try AnalyzeRunTests.read(reference, "verbatims.csv")
        #expect(referenceVerbatims.contains("caf\\xE9.eml,"))

        // The reports inside the corpus, run twice: the second run must not read the first one's reports.
        let output = hostile.appendingPathComponent("reports")
        for _ in 0..<2 {
            let summary = try await AnalyzeRun.run(Self.configuration(corpus: hostile, output: output))
            #expect(summary.exitStatus == RunSummary.partialExitStatus)
            #expect(summary.byChannel == expected.byChannel)
            #expect(try AnalyzeRunTests.read(output, "verbatims.csv") == referenceVerbatims)
            let errors = try AnalyzeRunTests.read(output, "errors.csv")
            for row in Self.expectedErrorRows {
                #expect(errors.contains(row + "\n"), "missing row \(row)")
            }
            #expect(summary.errors == Self.expectedErrorRows.count)
        }
    }

    @Test func reportsIntoTheCorpusFolderItselfAreRefusedBeforeAnythingIsWritten() async throws {
        let corpus = try Self.goodCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let before = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        await #expect(throws: AnalyzeRun.Failure.self) {
            try await AnalyzeRun.run(Self.configuration(corpus: corpus, output: corpus.appendingPathComponent(".")))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() == before)
    }

    /// `errors.csv` rows (RFC 4180 dialect) for the hostile files; the link loops give none.
    static let expectedErrorRows = [
        "export.csv.gz,,unrecognised format (gzip archive),error",
        "huge.csv,,\"file larger than the 3 MiB limit (4194304 bytes), not read\",error",
        "junk,,unrecognised format (binary data),error",
        "junk.csv,,unrecognised format (binary data),error",
        "junk.csv.gz,,unrecognised format (binary data),error",
        "junk.txt,,unrecognised format (binary data),error",
        "long.csv,,\"line longer than 1 MiB at byte 11, file not read\",error",
        "passwd.eml,,\"link to a file outside the corpus, not read\",error",
        "pipe.eml,,\"named pipe (FIFO), not read\",error",
    ]
}
