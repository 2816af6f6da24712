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
    ///
    /// Works on the UTF-8 bytes: lines end at `\n` (a `\r` before it is dropped), cells at `\t`.
    /// Splitting the text into `Character`s first (grapheme breaking) was most of the time every
    /// run spent loading its lexicons. A `\n` or a tab is never part of a larger `Character`
    /// (Unicode grapheme rules break around line ends, and no lexicon cell starts with a combining
    /// mark), so the lines and cells are the same.
    public init(text: String, file: String) throws(LexiconError) {
        self.file = file
        let bytes = Array(text.utf8)
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        var start = 0
        while true {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lower = start
            var upper = end
            // `\r\n` line ends, then a stray `\r` before them (as the former `hasSuffix("\r")`).
            for _ in 0..<2 where upper > lower && bytes[upper - 1] == 0x0D { upper -= 1 }
            if lineNumber == 1, upper - lower >= 3, bytes[lower] == 0xEF, bytes[lower + 1] == 0xBB,
                bytes[lower + 2] == 0xBF
            {
                lower += 3
            }
            let isBlank = bytes[lower..<upper].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !isBlank && bytes[lower] != 0x23 {  // #: a comment
                var cells: [String] = []
                var cellStart = lower
                for index in lower...upper where index == upper || bytes[index] == 0x09 {
                    cells.append(Self.trimmed(Substring(String(decoding: bytes[cellStart..<index], as: UTF8.self))))
                    cellStart = index + 1
                }
                if let columns = header {
                    if cells.count > columns.count {
                        throw .malformed(
                            file: file, line: lineNumber,
                            reason: "\(cells.count) cells but the header names \(columns.count) columns")
                    }
                    rows.append(Row(line: lineNumber, cells: cells))
                } else {
                    header = cells
                }
            }
            if end >= bytes.count { break }
            start = end + 1
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
            throw .malformed(
                file: file, line: 1, reason: "missing column '\(name)' (header: \(columns.joined(separator: ", ")))")
        }
        return index
    }

    /// The index of `name` in the header, `nil` when the optional column is absent.
    public func optionalColumn(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
