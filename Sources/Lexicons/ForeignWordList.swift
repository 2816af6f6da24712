public import Foundation

/// Function words of languages other than French and English (`common/foreign.tsv`), for
/// `ForeignLanguageDetector` (counted in the scorer's `WordIndex`).
public struct ForeignWordList: Sendable, Hashable {
    /// The file's name inside `common/`.
    public static let fileName = "foreign.tsv"
    /// Word → ISO 639-1 code.
    public var words: [String: String]

    /// The list in `table`; a row whose language is not a two-letter lowercase code, or a word listed
    /// twice, is an error naming its file and line.
    public init(table: TSVTable) throws(LexiconError) {
        guard table.columns.count >= 2, table.columns[0] == "term", table.columns[1] == "language" else {
            throw .malformed(
                file: table.file, line: 1,
                reason: "expected columns term, language, found \(table.columns.joined(separator: ", "))")
        }
        var words: [String: String] = [:]
        var lines: [String: Int] = [:]
        for row in table.rows {
            let term = row[0]
            let code = row[1]
            guard code.count == 2, code.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else {
                throw .malformed(
                    file: table.file, line: row.line, reason: "'\(code)' is not a two-letter language code")
            }
            if term.isEmpty { throw .malformed(file: table.file, line: row.line, reason: "empty term") }
            if let previous = lines[term] {
                throw .malformed(
                    file: table.file, line: row.line, reason: "'\(term)' is already listed on line \(previous)")
            }
            lines[term] = row.line
            words[term] = code
        }
        self.words = words
    }

    /// The list under `directory/common/`, empty when the file is absent (detection is then off).
    public init(directory: URL) throws(LexiconError) {
        let url = directory.appendingPathComponent("common", isDirectory: true).appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(words: [:])
            return
        }
        try self.init(table: TSVTable(contentsOf: url, displayName: "common/\(Self.fileName)"))
    }

    /// A list from `word → ISO code` pairs.
    public init(words: [String: String]) {
        self.words = words
    }
}
