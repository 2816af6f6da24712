public import Foundation
import VerbatimModel

/// A UTF-8 tab-separated data file with a header row: the one format of every lexicon and journey.
///
/// Lines starting with `#` are comments (the file's description, its scale, its sources); blank
/// lines are ignored; the first other line names the columns. Every row must have as many cells as
/// the header (trailing empty cells may be omitted). Errors carry the file and line.
public struct TSVTable: Sendable {
    /// One data row with the 1-based line it came from.
    public struct Row: Sendable {
        public var line: Int
        public var cells: [String]

        /// The cell of `column`, empty when the row is short.
        public subscript(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    /// File name used in error messages.
    public var file: String
    public var columns: [String]
    public var rows: [Row]

    /// Parses `text`; `file` names it in errors.
    public init(text: String, file: String) throws(LexiconError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.textLines() {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
            guard let columns = header else {
                header = cells
                continue
            }
            if cells.count > columns.count {
                throw .malformed(
                    file: file, line: lineNumber,
                    reason: "\(cells.count) cells but the header names \(columns.count) columns")
            }
            rows.append(Row(line: lineNumber, cells: cells))
        }
        guard let header else { throw .malformed(file: file, line: max(lineNumber, 1), reason: "no header row") }
        self.columns = header
        self.rows = rows
    }

    /// `cell` without its leading and trailing blanks: the scalars `CharacterSet.whitespaces`
    /// names (Unicode category Zs and the tab), tested here without Foundation's bridging, which
    /// was most of the time `verbatim score` spends loading its lexicons.
    static func trimmed(_ cell: Substring) -> String {
        let scalars = cell.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Reads and parses the file at `url`; errors name it by `displayName` (defaults to its last path component).
    public init(contentsOf url: URL, displayName: String? = nil) throws(LexiconError) {
        let name = displayName ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: name, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: name, reason: "not valid UTF-8")
        }
        try self.init(text: text, file: name)
    }

    /// The index of `name` in the header, or an error naming the file's header line.
    public func column(_ name: String) throws(LexiconError) -> Int {
        guard let index = columns.firstIndex(of: name) else {
            throw .malformed(file: file, line: 1, reason: "missing column '\(name)' (header: \(columns.joined(separator: ", ")))")
        }
        return index
    }

    /// The index of `name` in the header, `nil` when the optional column is absent.
    public func optionalColumn(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
