import Foundation
import Lexicons
import TextProcessing
import VerbatimModel

/// The rows of one word list (`WordListFile`) across the language folders, as token keys.
struct WordList: Sendable {
    /// One row: the term's token key, its kind (empty without a kind column) and its value (0
    /// without a value column).
    struct Row: Sendable {
        var key: [UInt8]
        var kind: String
        var value: Double
    }

    /// French rows first, then English ones, each in file order.
    var rows: [Row] = []

    /// An empty list.
    init() {}

    /// The keys of the rows of `kind` (of every row when `nil`), in order.
    func keys(_ kind: String? = nil) -> KeyList {
        KeyList(rows.filter { kind == nil || $0.kind == kind }.map(\.key))
    }

    /// Reads `file` from each of its language folders under `directory`. A missing file is skipped
    /// (like every optional lexicon file); a malformed one is an error naming its file and line.
    init(_ file: WordListFile, directory: URL) throws(LexiconError) {
        for language in file.languages {
            let url = directory.appendingPathComponent(language.rawValue, isDirectory: true)
                .appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try read(TSVTable(contentsOf: url, displayName: "\(language.rawValue)/\(file.name)"), as: file)
        }
    }

    /// A list from in-memory tables (tests).
    init(_ file: WordListFile, tables: [TSVTable]) throws(LexiconError) {
        for table in tables { try read(table, as: file) }
    }

    private mutating func read(_ table: TSVTable, as file: WordListFile) throws(LexiconError) {
        guard table.columns == file.columns else {
            throw .malformed(
                file: table.file, line: 1,
                reason: "expected columns \(file.columns.joined(separator: ", ")), "
                    + "found \(table.columns.joined(separator: ", "))")
        }
        for row in table.rows {
            var parsed = Row(key: [], kind: "", value: 0)
            if let column = file.kindColumn {
                parsed.kind = row[column]
                guard file.kinds.contains(parsed.kind) else {
                    throw .malformed(
                        file: table.file, line: row.line,
                        reason: "'\(parsed.kind)' is not one of \(file.kinds.joined(separator: ", "))")
                }
            }
            if let column = file.valueColumn {
                guard let value = Double(row[column]) else {
                    throw .malformed(file: table.file, line: row.line, reason: "'\(row[column])' is not a number")
                }
                parsed.value = value
            }
            // The rules compare one token's key: a term of several tokens would never match.
            let keys = SentimentLexicon.keys(of: row[0])
            guard keys.count == 1 else {
                throw .malformed(file: table.file, line: row.line, reason: "'\(row[0])' is not exactly one token")
            }
            parsed.key = Array(keys[0].utf8)
            rows.append(parsed)
        }
    }
}
