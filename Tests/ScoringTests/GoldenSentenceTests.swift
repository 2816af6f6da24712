import Foundation
import Scoring
import Testing
import VerbatimModel

/// The hand-written golden sentences: one per rule and idiom, each with the label it must get.
@Suite("Golden sentences")
struct GoldenSentenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: Language
        var label: SentimentLabel
        var rule: String
        var text: String
        var testDescription: String { "[\(language.rawValue) \(rule)] \(text)" }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "sentences", withExtension: "tsv", subdirectory: "Golden"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        var cases: [Case] = []
        var header = true
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if header {
                header = false
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let language = Language(tag: cells[0]),
                let label = SentimentLabel(rawValue: cells[1])
            else { continue }
            cases.append(Case(language: language, label: label, rule: cells[2], text: cells[3]))
        }
        return cases
    }()

    @Test("the golden file has at least 150 sentences in both languages")
    func size() {
        #expect(Self.cases.count >= 150)
        #expect(Self.cases.contains { $0.language == .fr } && Self.cases.contains { $0.language == .en })
    }

    @Test("each golden sentence gets its label", arguments: cases)
    func label(_ golden: Case) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let result = scorer.score(golden.text, language: golden.language)
        #expect(result.label == golden.label, "score \(result.score)")
    }
}
