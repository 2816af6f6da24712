#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
@testable import Pipeline
import VerbatimModel
import Scoring
import Testing

/// `verbatim score` is how an analyst scores a spreadsheet column: one output row per input row, in
/// order, with the id, the language, the score, the label, the themes (on request) and the emotions.
@Suite struct ScoreStreamTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")
    static let scorer = Result { try SentimentScorer(lexiconDirectory: lexicons) }

    /// Runs the stream over `input` through real file descriptors and returns its output rows.
    static func run(_ input: String, themes: Bool = false) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("in.tsv")
        let outURL = folder.appendingPathComponent("out.tsv")
        try Data(input.utf8).write(to: inURL)
        let inFD = open(inURL.path, O_RDONLY)
        let outFD = open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer {
            close(inFD)
            close(outFD)
        }
        let stream = try ScoreStream(scorer: scorer.get(), themeLexicons: themes ? lexicons : nil)
        try stream.run(input: inFD, output: outFD)
        let text = try String(contentsOf: outURL, encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func oneRowPerInputRowWithLanguageLabelAndEmotions() throws {
        let rows = try Self.run(
            "id\tlang\ttext\n"
                + "a1\tfr\tJe suis furieux, colis jamais reçu !\n"
                + "a2\ten\tGreat service, thank you so much.\n"
                + "a3\t\tLe produit est arrivé.\n")
        #expect(rows.first == ["id", "lang", "score", "label", "themes", "emotions"])
        #expect(rows.dropFirst().map { $0[0] } == ["a1", "a2", "a3"])
        #expect(rows.dropFirst().map { $0[1] } == ["fr", "en", "fr"])
        #expect(rows.dropFirst().map { $0[3] } == ["negative", "positive", "neutral"])
        #expect(rows[1][5].contains("anger"))
        #expect(rows.dropFirst().allSatisfy { $0[4].isEmpty })
    }

    @Test func themesOnRequestWithTheSentimentOfTheirClause() throws {
        let rows = try Self.run("text\nLivraison rapide mais remboursement toujours pas reçu.\n", themes: true)
        let themes = rows[1][4].split(separator: "|").map { $0.split(separator: ":").map(String.init) }
        let byTheme = Dictionary(uniqueKeysWithValues: themes.map { ($0[0], Double($0[1]) ?? .nan) })
        #expect(try #require(byTheme["refund"]) < 0)
        #expect(rows[1][0] == "1")
    }

    @Test func aFileWithoutTextColumnIsRefused() throws {
        #expect(throws: ScoreStream.Failure.self) { try Self.run("id\tcomment\n1\tbonjour\n") }
    }

    /// The output spells languages, labels and emotions from static strings (no `String` per row):
    /// they must stay the raw values every other report uses.
    @Test func staticNamesAreTheRawValues() {
        for language in Language.allCases { #expect("\(ScoreStream.name(of: language))" == language.rawValue) }
        for label in SentimentLabel.allCases { #expect("\(ScoreStream.name(of: label))" == label.rawValue) }
        for emotion in Emotion.allCases { #expect("\(ScoreStream.name(of: emotion))" == emotion.rawValue) }
    }
}
