import Foundation
import Scoring
import Testing
import VerbatimModel

/// The scorer's numbers pinned to four decimals: every refactor of the scoring core must leave them
/// unchanged (issue 15). The inputs are the hand-written golden sentences (scored in their declared
/// language) and 2,000 sentences drawn from Verbatim's own fixtures by `scripts/golden-sentences.py`
/// (language identified by the scorer). `Golden/scores.tsv` holds, per sentence, the language used,
/// the label, the score, each clause's score and weight, the emotions and the notes of each item.
///
/// A deliberate change of the scorer re-records it: `VERBATIM_RECORD_GOLDEN=1 swift test --filter
/// GoldenScore`, then review the diff of `scores.tsv` line by line before committing it.
@Suite("Golden scores")
struct GoldenScoreTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The sentences to score: (set, declared language, text).
    static func inputs() throws -> [(String, Language, String)] {
        var inputs: [(String, Language, String)] = []
        for cells in try rows(of: "sentences.tsv") where cells.count == 4 {
            guard let language = Language(tag: cells[0]) else { continue }
            inputs.append(("golden", language, cells[3]))
        }
        for cells in try rows(of: "fixture-sentences.tsv") where cells.count == 1 {
            inputs.append(("fixture", .unknown, cells[0]))
        }
        return inputs
    }

    /// The data rows of a golden TSV: comments and the header skipped.
    static func rows(of name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// One line of `scores.tsv` for `text`.
    static func line(set: String, language: Language, text: String, scorer: SentimentScorer) -> String {
        var scratch = ScoringScratch()
        let summary = scorer.score(text, language: language, scratch: &scratch)
        let result = scorer.result(summary, in: scratch)
        let clauses = result.clauses.map { "\(fixed($0.score))@\(fixed($0.weight))" }.joined(separator: " ")
        let emotions = scorer.emotions(in: scratch).map { "\($0.emotion.rawValue):\(fixed($0.intensity))" }
        let notes = scratch.items.filter { $0.notes.rawValue != 0 }.map { String($0.notes.rawValue, radix: 16) }
        return [
            set, language.rawValue, summary.language.rawValue, summary.label.rawValue, fixed(summary.score), clauses,
            emotions.joined(separator: " "), notes.joined(separator: " "), text,
        ].joined(separator: "\t")
    }

    static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

    @Test("every pinned sentence keeps its score, label, clauses, emotions and notes")
    func scoresUnchanged() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let inputs = try Self.inputs()
        #expect(inputs.count >= 2_150, "the golden inputs went missing")
        let header = "set\tdeclared\tlang\tlabel\tscore\tclauses\temotions\tnotes\ttext"
        let actual = [header] + inputs.map { Self.line(set: $0.0, language: $0.1, text: $0.2, scorer: scorer) }
        let url = Self.folder.appendingPathComponent("scores.tsv")
        if ProcessInfo.processInfo.environment["VERBATIM_RECORD_GOLDEN"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            // Recording never passes: a run left in record mode must not pin whatever it scored.
            Issue.record("scores.tsv re-recorded; review its diff and run again without VERBATIM_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(
            expected.count == actual.count, "scores.tsv has \(expected.count) lines, the inputs make \(actual.count)")
        var differences = 0
        for (old, new) in zip(expected, actual) where old != new {
            differences += 1
            if differences <= 20 { Issue.record("was: \(old)\nnow: \(new)") }
        }
        #expect(differences == 0, "\(differences) sentences score differently")
    }
}
