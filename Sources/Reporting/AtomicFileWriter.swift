public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a temporary file beside its destination and renames it into place only when
/// complete, so that a killed run never leaves half a CSV where yesterday's report was.
///
/// Writes are buffered; `commit()` flushes, fsyncs and renames (rename(2) is atomic on one file system).
/// A writer that is never committed removes its temporary file when discarded. Every failure is a
/// `ReportWriteError` that keeps the system's `errno` (plain `write(2)`, not `FileHandle`, whose errors
/// lose it), so that a full disk can be told apart and said plainly.
public final class AtomicFileWriter {
    /// Where the finished file goes.
    public let destination: URL
    private let temporary: String
    private let removesTemporary: Bool
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    /// Flush threshold; large enough that a row is never a system call.
    private static let bufferLimit = 1 << 20

    /// Opens a temporary file in the destination's folder.
    public convenience init(destination: URL) throws {
        let name = ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        try self.init(
            destination: destination,
            temporary: destination.deletingLastPathComponent().appendingPathComponent(name).path,
            removesTemporary: true)
    }

    /// Writes through `temporary`; tests pass `/dev/full` (which they must not remove) to see a full disk.
    init(destination: URL, temporary: String, removesTemporary: Bool) throws {
        self.destination = destination
        self.temporary = temporary
        self.removesTemporary = removesTemporary
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReportWriteError(file: destination.lastPathComponent, code: errno) }
    }

    deinit {
        if !committed {
            if descriptor >= 0 { close(descriptor) }
            if removesTemporary { unlink(temporary) }
        }
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Appends raw bytes.
    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    private func failure(_ code: Int32) -> ReportWriteError {
        ReportWriteError(file: destination.lastPathComponent, code: code)
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { bytes in
                bytes.baseAddress.map { systemWrite(descriptor, $0 + written, bytes.count - written) } ?? 0
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and moves the file into place.
    public func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 else { throw failure(errno) }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw failure(errno) }
        guard rename(temporary, destination.path) == 0 else { throw failure(errno) }
        committed = true
    }

    /// Writes `contents` to `destination` atomically in one call.
    public static func write(_ contents: String, to destination: URL) throws {
        let writer = try AtomicFileWriter(destination: destination)
        try writer.write(contents)
        try writer.commit()
    }
}

/// `write(2)`, out of the class whose own `write` methods would shadow it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
