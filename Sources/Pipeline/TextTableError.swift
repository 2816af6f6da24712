/// Why a text table (`TextTableReader`) could not be read, or the scored rows written.
public enum TextTableError: Error, Sendable, CustomStringConvertible {
    /// The input has no line at all.
    case noHeader(file: String)
    /// The header lacks a column the command needs.
    case missingColumn(file: String, column: String, header: String)
    /// `read(2)` failed: the output so far is incomplete.
    case unreadable(file: String, reason: String)
    /// A line longer than the reader takes (`TextTableReader.maximumLineLength`).
    case lineTooLong(file: String, line: Int, limit: Int)
    /// `write(2)` failed.
    case unwritable(reason: String)

    public var description: String {
        switch self {
        case .noHeader(let file): "\(file) is empty: expected a header row with a 'text' column"
        case .missingColumn(let file, let column, let header): "\(file): no '\(column)' column in the header: \(header)"
        case .unreadable(let file, let reason): "cannot read \(file): \(reason)"
        case .lineTooLong(let file, let line, let limit):
            "\(file), line \(line): longer than \(limit / 1_048_576) MiB; is it a text table (one row per line)?"
        case .unwritable(let reason): "cannot write the output: \(reason)"
        }
    }
}
