import Glibc  // Linux only, like the rest of Verbatim.

/// Writes a whole file with one `open`/`write`/`close`: tens of thousands of small corpus files are
/// written per run, and Foundation's `Data.write(to:)` adds a copy and temporary-file renames.
enum FileSink {
    /// Failure to create or write `path`, with the C `errno`.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "cannot write \(path) (errno \(code))" }
    }

    /// Creates or truncates `path` and writes `bytes` to it.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let done = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                guard done > 0 else { throw WriteError(path: path, code: errno) }
                offset += done
            }
        }
    }
}
