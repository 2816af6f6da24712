#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report file that could not be written, with the system's reason (`errno`), so that a full disk
/// reads "no space left on device while writing verbatims.csv" and not a generic failure.
public struct ReportWriteError: Error, CustomStringConvertible, Sendable {
    /// The report's file name (`verbatims.csv`), as an analyst knows it.
    public var file: String
    /// The `errno` of the failed system call.
    public var code: Int32

    /// The failure to write `file`, with the `errno` `code` of the call that failed.
    public init(file: String, code: Int32) {
        self.file = file
        self.code = code
    }

    /// The device is full (or over quota, or failing): the run cannot write anything more there.
    public var isOutOfSpace: Bool { code == ENOSPC || code == EDQUOT || code == EIO }

    /// The system's reason in lower case, then the file: `no space left on device while writing verbatims.csv`.
    public var description: String {
        let reason = String(cString: strerror(code))
        return reason.prefix(1).lowercased() + reason.dropFirst() + " while writing \(file)"
    }
}
