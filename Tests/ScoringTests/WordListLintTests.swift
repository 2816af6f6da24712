import Foundation
import Lexicons
import Testing
import TextProcessing
import VerbatimModel

@testable import Scoring

/// The rules' word lists (`RuleWordLists.files`, each declared by its rule) are lexicon files like
/// the others: header comments, columns, kinds, numbers, one token per term, no duplicate folded
/// key, NFC text.
@Suite("Word list lint")
struct WordListLintTests {
    struct FileCase: Sendable, CustomTestStringConvertible {
        var language: Language
        var name: String
        var testDescription: String { "\(language.rawValue)/\(name)" }
    }

    static let files: [FileCase] = RuleWordLists.files.flatMap { file in
        file.languages.map { FileCase(language: $0, name: file.name) }
    }

    @Test("every declared word list exists and is well formed", arguments: files)
    func lint(_ file: FileCase) throws {
        let spec = try #require(RuleWordLists.files.first { $0.name == file.name })
        let url = RepositoryLexicons.directory.appendingPathComponent(file.language.rawValue)
            .appendingPathComponent(file.name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comments.contains("format:"), "header comment must say the format")
        #expect(comments.contains("scale:"), "header comment must say the scale")
        #expect(comments.contains("source:") || comments.contains("Quirk") || comments.contains("Horn"))
        #expect(text == text.precomposedStringWithCanonicalMapping, "file must be NFC")
        let table = try TSVTable(text: text, file: file.testDescription)
        #expect(table.columns == spec.columns)
        #expect(!table.rows.isEmpty)
        var seen: [String: Int] = [:]
        for row in table.rows {
            #expect(row.cells.count == spec.columns.count, "line \(row.line): wrong cell count")
            #expect(SentimentLexicon.keys(of: row[0]).count == 1, "line \(row.line): '\(row[0])' is not one token")
            if let column = spec.kindColumn { #expect(spec.kinds.contains(row[column]), "line \(row.line): kind") }
            if let column = spec.valueColumn { #expect(Double(row[column]) != nil, "line \(row.line): not a number") }
            let key = TextFolding.fold(row[0])
            if let previous = seen[key] { Issue.record("line \(row.line): duplicate of line \(previous) ('\(key)')") }
            seen[key] = row.line
        }
        // And the loader accepts it.
        _ = try WordList(spec, tables: [table])
    }

    @Test("a term of two tokens, an unknown kind and a missing number are rejected")
    func malformed() throws {
        let spec = NeverSo.file
        for body in ["jamais plus\tnever\n", "jamais\tsometimes\n"] {
            let table = try TSVTable(text: "term\tkind\n" + body, file: "fr/never-so.tsv")
            #expect(throws: LexiconError.self) { _ = try WordList(spec, tables: [table]) }
        }
        let numbers = try TSVTable(text: "term\tvalue\ndeux\tdeux\n", file: "fr/number-words.tsv")
        #expect(throws: LexiconError.self) { _ = try WordList(Rating.numbersFile, tables: [numbers]) }
    }

    @Test("a word added to a list reaches its rule: `jamais` read from the table, not from code")
    func listDrivesRule() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let rows = "term\tkind\njamais\tnever\nété\tauxiliary\naussi\tso\n"
        let table = try TSVTable(text: rows, file: "fr/never-so.tsv")
        let list = try WordList(NeverSo.file, tables: [table])
        let lists = RuleWordLists([NeverSo.file.name: list])
        let withList = SentimentScorer(french: scorer.french, english: scorer.english, words: lists)
        let without = SentimentScorer(french: scorer.french, english: scorer.english, words: .empty)
        let text = "Jamais été aussi heureux"
        #expect(withList.explain(text, language: .fr).contains("never-so emphasis"))
        #expect(!without.explain(text, language: .fr).contains("never-so emphasis"))
        #expect(withList.score(text, language: .fr).score > 0)
        #expect(without.score(text, language: .fr).score < 0)
    }
}
