import Foundation
import Scoring
import Testing
import VerbatimModel

@testable import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `verbatim score` is how an analyst scores a spreadsheet column: one output row per input row, in
/// order, with the id, the language, the score, the label, the themes (on request) and the emotions.
@Suite struct ScoreStreamTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")
    static let analyzer = Result { try VerbatimAnalyzer(lexicons: lexicons, journey: nil) }

    /// Runs the stream over `input` through real file descriptors and returns its output rows.
    static func run(_ input: String, themes: Bool = false) throws -> [[String]] {
        try run(bytes: Array(input.utf8), themes: themes)
    }

    /// The same over raw bytes (invalid UTF-8 included).
    static func run(bytes input: [UInt8], themes: Bool = false) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("in.tsv")
        let outURL = folder.appendingPathComponent("out.tsv")
        try Data(input).write(to: inURL)
        let inFD = open(inURL.path, O_RDONLY)
        let outFD = open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer {
            close(inFD)
            close(outFD)
        }
        let stream = try ScoreStream(analyzer: analyzer.get(), withThemes: themes)
        try stream.run(input: inFD, name: "in.tsv", output: outFD)
        let text = try String(contentsOf: outURL, encoding: .utf8)
        return text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
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

    /// A spreadsheet's CRLF export with a blank line between rows: the blank line is no row, so
    /// the numbered ids are those of the same file with LF line ends.
    @Test func aBlankLineOfACRLFFileIsNoRow() throws {
        let crlf = try Self.run("text\r\nsuper\r\n\r\nnul\r\n")
        let lf = try Self.run("text\nsuper\n\nnul\n")
        #expect(crlf.count == 3)
        #expect(crlf.map { $0.prefix(4) } == lf.map { $0.prefix(4) })
    }

    /// A line past the limit `analyze` applies is an error naming its line, not a cell held whole.
    @Test func anOverlongLineIsAnErrorNamingItsLine() throws {
        let long = String(repeating: "a", count: TextTableReader.maximumLineLength + 2 * TextTableReader.blockSize)
        let error = #expect(throws: TextTableError.self) { try Self.run("text\nbien\n" + long + "\n") }
        #expect(error.map { "\($0)" }?.contains("line 3") == true, "\(String(describing: error))")
    }

    /// A stray invalid byte: `analyze` reads the text as a `String` (U+FFFD in its place), and
    /// `score` scores that same text, so both give one score.
    @Test func invalidUTF8IsScoredAsAnalyzeReadsIt() throws {
        let raw = try Self.run(bytes: Array("text\nsuper ".utf8) + [0xC3] + Array(" pas terrible\n".utf8), themes: true)
        let repaired = try Self.run("text\nsuper \u{FFFD} pas terrible\n", themes: true)
        #expect(raw.count == 2)
        #expect(raw == repaired)
    }

    @Test func aFileWithoutTextColumnIsRefused() throws {
        #expect(throws: ScoreStream.Failure.self) { try Self.run("id\tcomment\n1\tbonjour\n") }
    }

    /// A German message in a French shop's survey export: `analyze` keeps it `und`, unscored and
    /// untagged; `score` must say the same of the same text, not score it as English.
    @Test func aGermanRowIsUndAsAnalyzeMarksIt() throws {
        let german = "Die Lieferung ist leider noch nicht da und ich warte seit einer Woche auf mein Geschenk."
        let rows = try Self.run("id\ttext\nde1\t\(german)\nfr1\tLivraison en retard, je suis furieux.\n", themes: true)
        #expect(rows[1] == ["de1", "und", "0.0000", "neutral", "", ""])
        #expect(rows[2][1] == "fr")
        let analysed = try Self.analyzer.get().analyse(ForeignVerbatimTests.verbatim(german))
        #expect(rows[1][1] == analysed.language.rawValue)
        #expect(rows[1][3] == analysed.sentiment.label.rawValue)
    }

    /// An analyst checks a verbatim of the reports with `score --themes`: the same text must get the
    /// same score, label and themes (with their clause's sentiment) as `analyze` gave it.
    @Test(arguments: [
        "Livraison rapide mais remboursement toujours pas reçu, le service client ne répond pas.",
        "The parcel arrived late and the refund never came; customer service was rude.",
        "Très bon accueil en magasin, vendeuse souriante et compétente.",
    ])
    func scoreWithThemesAgreesWithAnalyze(text: String) throws {
        let rows = try Self.run("text\n\(text)\n", themes: true)
        let analysed = try Self.analyzer.get().analyse(ForeignVerbatimTests.verbatim(text))
        let themes = analysed.themes.map { "\($0.theme):\(String(format: "%.2f", $0.sentiment))" }
        #expect(rows[1][1] == analysed.language.rawValue)
        #expect(rows[1][2] == String(format: "%.4f", analysed.sentiment.score))
        #expect(rows[1][3] == analysed.sentiment.label.rawValue)
        #expect(rows[1][4] == themes.joined(separator: "|"))
        #expect(!themes.isEmpty)
    }

    /// A read error (here reading a directory: `EISDIR`) used to end the stream as if the input
    /// had ended, leaving a truncated output and exit status 0; it is an error naming the input.
    @Test func aReadErrorIsAnErrorNotAnEndOfFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = open(folder.path, O_RDONLY)
        let output = open("/dev/null", O_WRONLY)
        defer {
            close(input)
            close(output)
        }
        try #require(input >= 0 && output >= 0)
        let stream = try ScoreStream(analyzer: Self.analyzer.get())
        let error = #expect(throws: ScoreStream.Failure.self) {
            try stream.run(input: input, name: "notes", output: output)
        }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("notes") && message.contains(String(cString: strerror(EISDIR))), "\(message)")
    }

    /// Every field of the output is one of the values the other reports spell (raw values).
    @Test func fixedCellsAreTheRawValues() throws {
        let rows = try Self.run("text\nJe suis furieux et déçu, colis jamais reçu.\nMerci, parfait !\n")
        for row in rows.dropFirst() {
            #expect(Language.allCases.map(\.rawValue).contains(row[1]))
            #expect(SentimentLabel.allCases.map(\.rawValue).contains(row[3]))
            for emotion in row[5].split(separator: "|") {
                #expect(Emotion(rawValue: String(emotion.split(separator: ":")[0])) != nil, "\(emotion)")
            }
        }
        #expect(rows[1][5].contains("anger"))
    }
}
