import Foundation
import Lexicons
import Testing
import TextProcessing
import VerbatimModel

/// Every lexicon file an analyst may edit is checked: header comments (format and scale), columns,
/// value ranges, kinds, no duplicate keys, NFC text.
@Suite("Lexicon lint")
struct LexiconLintTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons", isDirectory: true)

    struct FileCase: Sendable, CustomTestStringConvertible {
        var path: String
        var spec: SentimentLexiconFile
        var testDescription: String { path }
    }

    static let files: [FileCase] = {
        var cases: [FileCase] = []
        for language in ["fr", "en"] {
            for spec in SentimentLexiconFile.perLanguage {
                cases.append(FileCase(path: "\(language)/\(spec.name)", spec: spec))
            }
        }
        for spec in SentimentLexiconFile.common { cases.append(FileCase(path: "common/\(spec.name)", spec: spec)) }
        return cases
    }()

    @Test("every sentiment file exists and is well formed", arguments: files)
    func lint(_ file: FileCase) throws {
        let url = Self.root.appendingPathComponent(file.path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comments.contains("format:"), "header comment must say the format")
        #expect(comments.contains("scale:"), "header comment must say the scale")
        #expect(text == text.precomposedStringWithCanonicalMapping, "file must be NFC")
        let table = try TSVTable(text: text, file: file.path)
        #expect(table.columns == file.spec.columns)
        #expect(!table.rows.isEmpty)
        var seen: [String: Int] = [:]
        for row in table.rows {
            #expect(row.cells.count == file.spec.columns.count, "line \(row.line): wrong cell count")
            if let column = file.spec.numericColumn {
                let value = Double(row[column])
                #expect(value != nil, "line \(row.line): '\(row[column])' is not a number")
                if let value, let range = file.spec.range {
                    #expect(range.contains(value), "line \(row.line): \(value)")
                }
            }
            // Negator kinds are declared by the scoring rules: `NegatorKindTests` lints them.
            if let column = file.spec.kindColumn, !file.spec.allowedKinds.isEmpty {
                #expect(file.spec.allowedKinds.contains(row[column]), "line \(row.line): kind '\(row[column])'")
            }
            let key = file.spec.keyColumns.map { TextFolding.fold(row[$0]) }.joined(separator: "\t")
            if let previous = seen[key] {
                Issue.record("line \(row.line): duplicate of line \(previous) ('\(key)')")
            }
            seen[key] = row.line
        }
    }

    @Test("French and English lexicons are generous")
    func sizes() throws {
        let french = try SentimentLexicon(directory: Self.root, language: .fr)
        let english = try SentimentLexicon(directory: Self.root, language: .en)
        #expect(french.wordCount + french.phraseCount >= 2000)
        #expect(english.wordCount + english.phraseCount >= 1000)
    }

    @Test("the foreign function words load and none is a French or English function word")
    func foreignWords() throws {
        let list = try ForeignWordList(directory: Self.root)
        #expect(list.words.count >= 100)
        #expect(Set(list.words.values).isSuperset(of: ["de", "es", "it", "nl", "pt"]))
        var native: Set<String> = []
        for language in [Language.fr, .en] {
            native.formUnion(try SentimentLexicon(directory: Self.root, language: language).languageEvidence.keys)
        }
        let clashes = list.words.keys.filter { native.contains(TextFolding.fold($0)) }.sorted()
        #expect(clashes.isEmpty, "listed as French or English function words too: \(clashes)")
    }

    @Test("a foreign word list with a bad language code is rejected with its line")
    func foreignWordsBadCode() throws {
        let table = try TSVTable(text: "term\tlanguage\nund\tde\nmuy\tSpanish\n", file: "common/foreign.tsv")
        #expect(throws: LexiconError.self) { _ = try ForeignWordList(table: table) }
    }

    @Test("a lexicon saved with Windows line ends reads like one saved with Unix ones")
    func windowsLineEnds() throws {
        let unix = "# format: term<TAB>valence\nterm\tvalence\nbon\t2\nmauvais\t-2\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try TSVTable(text: unix, file: "unix.tsv")
        let b = try TSVTable(text: windows, file: "windows.tsv")
        #expect(b.columns == ["term", "valence"])
        #expect(b.rows.map { [$0[0], $0[1]] } == a.rows.map { [$0[0], $0[1]] })
        #expect(b.rows.count == 2)
    }

    @Test("a byte-order mark, blank and comment lines are skipped; cells are trimmed; rows keep their line")
    func layout() throws {
        let text =
            "\u{FEFF}# format: term<TAB>valence\nterm\tvalence\n \t \n# a comment\n  très bien \t 2.5\u{00A0}\n\nnul\t-2"
        let table = try TSVTable(text: text, file: "fr/valence.tsv")
        #expect(table.columns == ["term", "valence"])
        #expect(table.rows.map(\.cells) == [["très bien", "2.5"], ["nul", "-2"]])
        #expect(table.rows.map(\.line) == [5, 7])
        #expect(throws: LexiconError.self) { _ = try TSVTable(text: "term\tvalence\nbon\t2\textra\n", file: "x.tsv") }
        #expect(throws: LexiconError.self) { _ = try TSVTable(text: "# only comments\n\n", file: "x.tsv") }
    }

    @Test("a malformed row is reported with its file and line")
    func malformed() {
        let text = "# format: term<TAB>valence\n# scale: -4 … +4\nterm\tvalence\nbon\t9\n"
        #expect(throws: LexiconError.self) {
            let table = try TSVTable(text: text, file: "fr/valence.tsv")
            _ = try SentimentLexicon(language: .fr, tables: [(SentimentLexiconFile.perLanguage[0], table)])
        }
    }
}
