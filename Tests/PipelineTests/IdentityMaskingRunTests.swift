import Foundation
import Reporting
import Testing

@testable import Pipeline

/// Issue 18: no clear-text address, phone or order number in any report. A run over the identity
/// corpus (`Corpus/identity`, its README lists who writes what) reads every file it writes, as
/// bytes, for the identities of that README; `--keep-personal-data` shows them, which proves the
/// search finds what it looks for.
@Suite("Identity corpus: no clear-text address, phone or order number in any output file")
struct IdentityMaskingRunTests {
    /// What the README's people and decoy write, in the forms they write it, and the digits alone
    /// (a masked phone or order must not leave its digits in a file name or a quote).
    static let identities = [
        "claire.moreau@exemple.fr", "j.whitfield@example.co.uk", "sophie.ng@exemple.org",
        "conciergerie@residence-tilleuls.example", "+44 7700 900456", "7700 900456", "06 98 76 54 32",
        "+33 6 98 76 54 32", "98 76 54 32", "CMD-4417201", "4417201", "FR 20931874", "20931874",
    ]

    /// The e-mail senders' addresses, which no text quotes.
    static let senders: Set = ["claire.moreau@exemple.fr", "j.whitfield@example.co.uk", "sophie.ng@exemple.org"]

    /// The output folder of a run over the identity corpus.
    static func run(keepPersonalData: Bool) async throws -> URL {
        let output = try AnalyzeRunTests.temporaryFolder()
        let configuration = AnalyzeConfiguration(
            corpus: IdentityFixtureTests.corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2,
            dialect: .rfc4180, keepPersonalData: keepPersonalData,
            history: output.appendingPathComponent("history.sqlite"), asOf: Date(timeIntervalSince1970: 1_795_000_000))
        _ = try await AnalyzeRun.run(configuration)
        return output
    }

    /// Each identity with the output files (relative paths) whose bytes hold it.
    static func occurrences(in folder: URL) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL } ?? []
        // Regular files only: `current` links to the run's folder, read through its own path.
        for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            // The history store is no report: its unit cache keeps each input's records as read,
            // to re-encode them under either masking mode (README, "Personal data").
            if file.lastPathComponent == "history.sqlite" { continue }
            let bytes = try Data(contentsOf: file)
            for identity in identities where bytes.range(of: Data(identity.utf8)) != nil {
                found[identity, default: []].append(file.lastPathComponent)
            }
        }
        return found
    }

    @Test("Masked by default in every file: texts, quotes, source paths, inputs, errors, manifest, summary")
    func noIdentityInAnyFile() async throws {
        let output = try await Self.run(keepPersonalData: false)
        defer { try? FileManager.default.removeItem(at: output) }
        let verbatims = try AnalyzeRunTests.read(output, "verbatims.csv")
        let found = try Self.occurrences(in: output)
        #expect(found == [:])
        #expect(verbatims.contains("[order]"))
        #expect(verbatims.contains("chats/Discussion WhatsApp avec [phone].txt"))
    }

    @Test("--keep-personal-data keeps them: the search finds every identity")
    func keptWhenAsked() async throws {
        let output = try await Self.run(keepPersonalData: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let found = try Self.occurrences(in: output)
        // The senders' addresses are written in headers and survey columns only, which no report shows.
        #expect(Set(found.keys) == Set(Self.identities).subtracting(Self.senders))
        #expect(found["+33 6 98 76 54 32"]?.contains("inputs.csv") == true)
    }
}
