import Foundation
import Lexicons
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// `analyze --extra-lexicon`: a missing file stops the run (exit status 4), bad lines are warnings.
@Suite struct ExtraLexiconRunTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("LexiconsTests/Fixtures")

    static func configuration(output: URL, extra: String) -> AnalyzeConfiguration {
        var configuration = AnalyzeConfiguration(
            corpus: AnalyzeRunTests.corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2,
            dialect: .rfc4180, history: output.appendingPathComponent("history.sqlite"),
            asOf: Date(timeIntervalSince1970: 1_795_000_000))
        configuration.extraLexicons = [ExtraLexiconReference(argument: extra)]
        return configuration
    }

    @Test func aMissingExtraLexiconIsFatalAndNamed() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let missing = output.appendingPathComponent("no-such-lexicon.txt").path
        do {
            _ = try await AnalyzeRun.run(Self.configuration(output: output, extra: missing))
            Issue.record("the run went on without its extra lexicon")
        } catch let failure as AnalyzeRun.Failure {
            #expect("\(failure)".contains("no-such-lexicon.txt"))
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("verbatims.csv").path))
    }

    @Test func badLinesOfAnExtraLexiconAreWarningsAndTheManifestNamesIt() async throws {
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let vader = Self.fixtures.appendingPathComponent("vader_lexicon_sample.txt").path
        let summary = try await AnalyzeRun.run(Self.configuration(output: output, extra: vader))
        let errors = try AnalyzeRunTests.read(output, "errors.csv")
        #expect(errors.contains("vader_lexicon_sample.txt,line 6,"))
        #expect(errors.contains("vader_lexicon_sample.txt,line 7,"))
        #expect(summary.errors == 2, "the extra lexicon's bad lines are warnings, not rejected inputs")
        let manifest = try AnalyzeRunTests.read(output, "manifest.json")
        #expect(manifest.contains("\"extra_lexicons\""))
        #expect(manifest.contains("vader_lexicon_sample.txt"))
        #expect(summary.extraLexicons.count == 1)
        #expect(summary.extraLexicons.first?.contains("4 added") == true)
        #expect(SummaryText.render(summary, output: "reports").contains("extra lexicon "))
    }
}
