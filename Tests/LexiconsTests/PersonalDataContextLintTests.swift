import Foundation
import Lexicons
import Testing
import TextProcessing

/// `common/personal-data-context.tsv`: the words that keep order numbers from being masked as cards
/// and let a bare Spanish or Italian number be masked as a phone.
@Suite("Personal-data context words")
struct PersonalDataContextLintTests {
    static let file = LexiconLintTests.root.appendingPathComponent("common")
        .appendingPathComponent(PersonalDataContextList.fileName)

    @Test("the file says its format and source, is NFC, and every row is a known context without duplicates")
    func lint() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comments.contains("format:"))
        #expect(comments.contains("source:"))
        #expect(text == text.precomposedStringWithCanonicalMapping, "file must be NFC")
        let table = try TSVTable(text: text, file: "common/\(PersonalDataContextList.fileName)")
        #expect(table.columns == ["term", "context"])
        var seen: [String: Int] = [:]
        for row in table.rows {
            #expect(row.cells.count == 2, "line \(row.line): wrong cell count")
            #expect(PersonalDataContextList.contexts.contains(row[1]), "line \(row.line): context '\(row[1])'")
            let key = TextFolding.fold(row[0])
            #expect(key == row[0], "line \(row.line): write terms folded (lowercase, no accents): '\(row[0])'")
            if let previous = seen[key] { Issue.record("line \(row.line): duplicate of line \(previous)") }
            seen[key] = row.line
        }
        let list = try PersonalDataContextList(table: table)
        for word in ["carte", "card", "cb", "visa", "mastercard", "amex"] { #expect(list.card.contains(word)) }
        for word in ["commande", "order", "suivi", "tracking", "facture", "invoice", "ref"] {
            #expect(list.order.contains(word))
        }
        #expect(!list.phone.isEmpty)
    }

    @Test("an unknown context is rejected with its line, a missing file gives empty lists")
    func errors() throws {
        let table = try TSVTable(text: "term\tcontext\ncarte\tcard\niban\tbank\n", file: "common/x.tsv")
        #expect(throws: LexiconError.self) { _ = try PersonalDataContextList(table: table) }
        let empty = try PersonalDataContextList(directory: URL(fileURLWithPath: "/nonexistent-lexicons"))
        #expect(empty.card.isEmpty && empty.order.isEmpty && empty.phone.isEmpty)
    }
}
