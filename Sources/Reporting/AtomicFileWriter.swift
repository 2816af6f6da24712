public import Foundation

/// Writes a report to a temporary file beside its destination and renames it into place only when
/// complete, so that a killed run never leaves half a CSV where yesterday's report was.
///
/// Writes are buffered; `commit()` flushes, fsyncs and renames (rename(2) is atomic on one file system).
/// A writer that is never committed removes its temporary file when discarded.
public final class AtomicFileWriter {
    /// Where the finished file goes.
    public let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false
    /// Flush threshold; large enough that a row is never a system call.
    private static let bufferLimit = 1 << 20

    /// Opens a temporary file in the destination's folder.
    public init(destination: URL) throws {
        self.destination = destination
        let directory = destination.deletingLastPathComponent()
        let name = ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        temporary = directory.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
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

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and moves the file into place.
    public func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        if rename(temporary.path, destination.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
        committed = true
    }

    /// Writes `contents` to `destination` atomically in one call.
    public static func write(_ contents: String, to destination: URL) throws {
        let writer = try AtomicFileWriter(destination: destination)
        try writer.write(contents)
        try writer.commit()
    }
}
