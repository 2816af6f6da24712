import Foundation
import Ingest
import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one reader of the text tables `score`, `eval` and `eval-aspects` take: UTF-8, tab-separated,
/// a header naming a `text` column, optional `id` and `lang` columns, and whatever other column a
/// command needs (`eval`'s gold `label`).
///
/// Reads a file descriptor in 1 MiB blocks, in constant memory for any input size; a row is handed
/// out as a span of the read buffer, never copied. Blank lines are skipped. A failed `read(2)` is an
/// error naming the input, never an early end of it (which would truncate the output silently).
struct TextTableReader: ~Copyable {
    /// One row: where each header column's cell is in the row's line.
    struct Row {
        /// Cell ranges per header column, relative to the line; empty past the row's last cell.
        let cells: [Range<Int>]
        /// How many cells the row has (a short row has fewer than the header).
        let count: Int

        /// The range of `column`'s cell in the line.
        subscript(_ column: Int) -> Range<Int> { cells[column] }
    }

    static let blockSize = 1 << 20
    /// The longest line read, as `analyze` reads (`IngestLimits.defaultMaxLineLength`): a longer
    /// one is an error naming its line, not gigabytes of memory for one cell.
    static let maximumLineLength = IngestLimits.defaultMaxLineLength
    /// The input as errors name it (a path, or "standard input").
    let name: String
    /// The header's cells, without the blanks, `\r` or byte-order mark a spreadsheet leaves around them.
    let header: [String]
    let textColumn: Int
    let idColumn: Int?
    let langColumn: Int?
    private let fd: Int32
    private var buffer: StreamBuffer
    /// The start of the next line in `buffer`.
    private var start = 0
    private var atEnd = false
    /// Lines read so far, the header included (for the line number of an error).
    private var lines = 1
    private var cells: [Range<Int>]

    /// Reads the header from `fd`; `name` names the input in errors.
    init(fd: Int32, name: String) throws(TextTableError) {
        var buffer = StreamBuffer(capacity: Self.blockSize)
        var start = 0
        var atEnd = false
        var lines = 0
        guard
            let line = try Self.nextLine(
                fd: fd, name: name, buffer: &buffer, start: &start, atEnd: &atEnd, lines: &lines)
        else {
            throw .noHeader(file: name)
        }
        let header = buffer.string(line).split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: [" ", "\r", "\u{FEFF}"]) }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw .missingColumn(file: name, column: "text", header: header.joined(separator: ", "))
        }
        self.name = name
        self.header = header
        self.textColumn = textColumn
        idColumn = header.firstIndex(of: "id")
        langColumn = header.firstIndex(of: "lang")
        self.fd = fd
        self.buffer = buffer
        self.start = start
        self.atEnd = atEnd
        cells = [Range<Int>](repeating: 0..<0, count: header.count)
    }

    /// The index of the column `column` a command needs, or an error naming the input's header.
    func column(_ column: String) throws(TextTableError) -> Int {
        guard let index = header.firstIndex(of: column) else {
            throw .missingColumn(file: name, column: column, header: header.joined(separator: ", "))
        }
        return index
    }

    /// Calls `body` with the next non-blank line (valid only during the call) and its cells; `nil`
    /// at the end of input.
    mutating func withNextRow<R>(_ body: (Span<UInt8>, Row) -> R) throws(TextTableError) -> R? {
        while let line = try Self.nextLine(
            fd: fd, name: name, buffer: &buffer, start: &start, atEnd: &atEnd, lines: &lines)
        {
            // Blank, also when the file's lines end in CRLF.
            if line.isEmpty || buffer.withSpan(line, { $0.count == 1 && $0[0] == 0x0D }) { continue }
            let count = buffer.cells(of: line, into: &cells)
            let row = Row(cells: cells, count: count)
            return buffer.withSpan(line) { body($0, row) }
        }
        return nil
    }

    /// The language a `lang` cell declares (`fr…`, `en…` in any case), `.unknown` otherwise.
    static func language(of cell: Span<UInt8>) -> Language {
        guard cell.count >= 2 else { return .unknown }
        if cell[0] | 0x20 == 0x66, cell[1] | 0x20 == 0x72 { return .fr }
        if cell[0] | 0x20 == 0x65, cell[1] | 0x20 == 0x6E { return .en }
        return .unknown
    }

    /// A cell as an owned `String`, decoded as `String(decoding:as:)` does (U+FFFD for invalid
    /// UTF-8).
    static func string(_ cell: Span<UInt8>) -> String {
        if let valid = try? UTF8Span(validating: cell) { return String(copying: valid) }
        var copy: [UInt8] = []
        copy.reserveCapacity(cell.count)
        for index in cell.indices { copy.append(cell[index]) }
        return String(decoding: copy, as: UTF8.self)
    }

    /// The range of the next line in `buffer` without its `\n`, reading blocks from `fd` as needed;
    /// `nil` at the end of input. `lines` counts the lines returned.
    private static func nextLine(
        fd: Int32, name: String, buffer: inout StreamBuffer, start: inout Int, atEnd: inout Bool, lines: inout Int
    ) throws(TextTableError) -> Range<Int>? {
        while true {
            if start < buffer.count, let newline = buffer.firstIndex(of: 0x0A, in: start..<buffer.count) {
                let line = start..<newline
                start = newline + 1
                lines += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = start..<buffer.count
                start = buffer.count
                lines += 1
                return line
            }
            if buffer.count - start > maximumLineLength {
                throw .lineTooLong(file: name, line: lines + 1, limit: maximumLineLength)
            }
            // Move the partial line to the front and read one more block after it.
            buffer.removeFirst(start)
            start = 0
            switch buffer.fill(from: fd, atMost: blockSize) {
            case .bytes: break
            case .end: atEnd = true
            case .failed(let code): throw .unreadable(file: name, reason: String(cString: strerror(code)))
            }
        }
    }
}
