public import Foundation

/// A CSV report being written: a header, then records, committed atomically.
public final class CSVReportWriter {
    private let file: AtomicFileWriter
    private let encoder: CSVEncoder
    /// Number of data records written so far.
    public private(set) var recordCount = 0

    /// Starts `destination` with the dialect's BOM and the header row.
    public init(destination: URL, dialect: CSVDialect, columns: [String]) throws {
        file = try AtomicFileWriter(destination: destination)
        encoder = CSVEncoder(dialect: dialect)
        if dialect.byteOrderMark { try file.write(bytes: [0xEF, 0xBB, 0xBF]) }
        try file.write(encoder.header(columns))
    }

    /// Appends one record.
    public func append(_ cells: [CSVCell]) throws {
        try file.write(encoder.record(cells))
        recordCount += 1
    }

    /// Appends one record already encoded with this writer's dialect (`CSVEncoder.record`).
    public func appendEncoded(_ line: String) throws {
        try file.write(line)
        recordCount += 1
    }

    /// Appends one record already encoded with this writer's dialect, which `pieces` hands in
    /// order to the function it is given (`VerbatimsReport.finish(_:with:into:)`).
    public func appendEncoded(_ pieces: ((String) throws -> Void) throws -> Void) throws {
        try pieces { try file.write($0) }
        recordCount += 1
    }

    /// Moves the finished file into place.
    public func commit() throws { try file.commit() }
}
