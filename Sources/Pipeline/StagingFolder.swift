#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Reporting

/// The folder a run writes its reports into before they become a generation (`ReportFolder`).
struct StagingFolder {
    let url: URL
    let dialect: CSVDialect
    /// A test seam: creating this report fails with `ENOSPC`, as on a full disk.
    let failing: String?

    /// Starts the CSV report `name`.
    func csv(_ name: String, columns: [String]) throws -> CSVReportWriter {
        try check(name)
        return try CSVReportWriter(destination: url.appendingPathComponent(name), dialect: dialect, columns: columns)
    }

    /// Writes the report `name` whole.
    func write(_ text: String, to name: String) throws {
        try check(name)
        try AtomicFileWriter.write(text, to: url.appendingPathComponent(name))
    }

    private func check(_ name: String) throws {
        if name == failing { throw ReportWriteError(file: name, code: ENOSPC) }
    }
}
