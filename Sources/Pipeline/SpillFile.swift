import Foundation
import Reporting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An append-only file of entries in the reports' staging folder, read back once, in the order
/// appended: how the ordered consumer keeps what must wait for the end of the run (the rows waiting
/// for people, `ContactLog`; the e-mail replies waiting for their thread, `MailThreads`) on disk
/// instead of in memory, so that a run's memory does not grow with its corpus (issue 17).
///
/// Each entry is an `ArchiveWriter` payload behind an 8-byte length; the file is written and read in
/// 1 MiB blocks, and removed after the replay, or when the run fails (`deinit`). A failed write is
/// the `errno` of `verbatims.csv`, the report the spill holds back, so that a full disk reads as it
/// always did.
final class SpillFile {
    static let blockSize = 1 << 20

    let url: URL
    private var handle: FileHandle?
    private var writer = ArchiveWriter(capacity: SpillFile.blockSize)

    /// Starts an empty spill named `name` in `folder`.
    init(folder: URL, name: String) throws {
        url = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else { throw ReportWriteError(file: ReportSet.FileName.verbatims, code: errno == 0 ? EIO : errno) }
        self.handle = handle
    }

    deinit { remove() }

    /// Appends one entry, the values `write` appends.
    func append(_ write: (inout ArchiveWriter) -> Void) throws {
        let start = writer.bytes.count
        writer.word(0)
        write(&writer)
        writer.patchWord(UInt64(writer.bytes.count - start - 8), at: start)
        if writer.bytes.count >= Self.blockSize { try flush() }
    }

    private func flush() throws {
        guard let handle, !writer.bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: writer.bytes)
        } catch {
            throw Self.failure(error)
        }
        writer = ArchiveWriter(capacity: Self.blockSize)
    }

    /// Hands every entry, as `decode` reads it, to `body`, in the order appended; the spill takes no
    /// more entries. An entry `decode` does not read to its end is corrupt.
    func replay<Entry>(
        _ decode: (inout ArchiveReader) throws(UnitArchive.DecodingError) -> Entry, _ body: (Entry) throws -> Void
    ) throws {
        try flush()
        try handle?.close()
        handle = nil
        guard let reader = FileHandle(forReadingAtPath: url.path) else {
            throw ReportWriteError(file: ReportSet.FileName.verbatims, code: EIO)
        }
        defer { try? reader.close() }
        var block: [UInt8] = []
        var offset = 0
        while true {
            if let (entry, next) = try Self.entry(in: block, at: offset, decode) {
                try body(entry)
                offset = next
                continue
            }
            let more: Data
            do {
                more = try reader.read(upToCount: Self.blockSize) ?? Data()
            } catch {
                throw Self.failure(error)
            }
            guard !more.isEmpty else { break }
            block.removeFirst(offset)
            block.append(contentsOf: more)
            offset = 0
        }
        guard offset == block.count else { throw ReportWriteError(file: url.lastPathComponent, code: EIO) }
    }

    /// The entry at `offset` of `block` and the offset after it; `nil` when it is not whole in it.
    private static func entry<Entry>(
        in block: [UInt8], at offset: Int, _ decode: (inout ArchiveReader) throws(UnitArchive.DecodingError) -> Entry
    ) throws -> (Entry, Int)? {
        guard block.count - offset >= 8 else { return nil }
        var frame = ArchiveReader(block, from: offset)
        let length = Int(clamping: try frame.word())
        guard block.count - offset - 8 >= length else { return nil }
        let entry = try decode(&frame)
        guard frame.offset == offset + 8 + length else { throw UnitArchive.DecodingError.corrupt("a spilled entry") }
        return (entry, frame.offset)
    }

    /// Removes the spill (after the replay, or when the run stops).
    func remove() {
        try? handle?.close()
        handle = nil
        unlink(url.path)
    }

    private static func failure(_ error: any Error) -> ReportWriteError {
        let error = error as NSError
        let code = error.domain == NSPOSIXErrorDomain ? Int32(clamping: error.code) : EIO
        return ReportWriteError(file: ReportSet.FileName.verbatims, code: code)
    }
}
