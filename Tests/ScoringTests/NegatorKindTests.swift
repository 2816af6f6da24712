import Foundation
import Lexicons
import Testing
import TextProcessing
import VerbatimModel

@testable import Scoring

/// Negator kinds are data: `negators.tsv` names them, the rules declare them (`Negators.table`).
@Suite("Negator kinds")
struct NegatorKindTests {
    @Test("every kind is declared by one rule, once; number 0 is no negator")
    func table() {
        #expect(Negators.behaviours[0].rule == .none)
        #expect(Set(Negators.names).count == Negators.names.count)
        #expect(Negators.names.dropFirst().allSatisfy { !$0.isEmpty })
    }

    @Test("every kind of the repository's negators.tsv is handled by a rule")
    func repositoryKinds() throws {
        try Negators.checkKinds(directory: RepositoryLexicons.directory)
    }

    @Test("a negator kind unknown to every rule is a lexicon error with file and line")
    func unknownKind() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("negator-kinds-\(UUID().uuidString)", isDirectory: true)
        let en = directory.appendingPathComponent("en", isDirectory: true)
        try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text =
            "# format: term<TAB>kind<TAB>spoken\n# scale: test\nterm\tkind\tspoken\nnot\tfull\tno\nseldom\tsometimes\tno\n"
        try text.write(to: en.appendingPathComponent("negators.tsv"), atomically: true, encoding: .utf8)
        // The loader of the rules' files (which the scorer runs after the lexicons) refuses it.
        do {
            _ = try RuleWordLists(directory: directory)
            Issue.record("an unknown negator kind was accepted")
        } catch {
            guard case .malformed(let file, let line, let reason) = error else {
                Issue.record("expected a malformed-file error, got \(error)")
                return
            }
            #expect(file == "en/negators.tsv")
            #expect(line == 5)
            #expect(reason.contains("'sometimes'"))
        }
    }

    @Test("the scorer's entries hold rule-table numbers, whatever order the files named the kinds in")
    func renumbering() throws {
        let file = try #require(SentimentLexiconFile.perLanguage.first { $0.name == "negators.tsv" })
        let rows = try TSVTable(
            text:
                "# format: test\n# scale: test\nterm\tkind\tspoken\nsans\twithout\tno\npas\tfull\tno\nx\tnew-kind\tno\n",
            file: "test.tsv")
        let lexicon = try SentimentLexicon(language: .fr, tables: [(file, rows)]).renumberingNegators(
            to: Negators.names)
        let without = try #require(lexicon.entry(for: "sans"))
        let full = try #require(lexicon.entry(for: "pas"))
        #expect(Negators.table[Int(without.negator)].name == "without")
        #expect(Negators.table[Int(full.negator)].name == "full")
        #expect(Negators.behaviours[Int(full.negator)].raises)
        #expect(lexicon.entry(for: "x")?.negator == 0, "a kind no rule handles scores as a plain word")
    }
}
