import Foundation
import Reporting
import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ordered consumer's spill (issue 18): per counted record, in the run's order, what its late
/// cells and signals need once people are known (its directory node, contact, date, channel,
/// touchpoint and themes, its own signals) and its `verbatims.csv` row as the task encoded it.
///
/// A person's key needs the whole corpus's evidence, but holding every record until the end would
/// cost the memory the streaming consumer saves, and a second ingest pass a third of a cold run:
/// so the rows go to this file, in the staging folder of the reports, and are read back once, in
/// order (`replay`). Entries are `ArchiveWriter` payloads behind an 8-byte length; the file is
/// written and read in 1 MiB blocks, and removed after the replay, or when the run fails (`deinit`).
final class ContactLog {
    /// One counted record.
    struct Entry {
        /// Its `PersonDirectory` node, -1 for a record without customer key or evidence.
        var node: Int32
        /// Its contact (`RepeatContactTracker.contact(of:)`).
        var contact: UInt64
        var day: Double?
        var channel: Channel
        /// Interned touchpoint and distinct themes (`name(of:)`).
        var touchpoint: UInt32
        var themes: [UInt32]
        /// Whether it is a verbatim with text (a score-only response has a row only when marked).
        var hasText: Bool
        var signals: [String]
        var row: VerbatimsReport.EncodedRow?
    }

    /// The spill's name in the staging folder (hidden: never a report).
    static let fileName = ".contacts.spill"
    static let blockSize = 1 << 20

    let url: URL
    private var handle: FileHandle?
    private var writer = ArchiveWriter(capacity: ContactLog.blockSize)
    private var ids: [String: UInt32] = [:]
    private var names: [String] = []

    /// Starts an empty spill in `folder`.
    init(folder: URL) throws {
        url = folder.appendingPathComponent(Self.fileName)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else { throw ReportWriteError(file: ReportSet.FileName.verbatims, code: errno == 0 ? EIO : errno) }
        self.handle = handle
    }

    deinit { remove() }

    /// The id of a touchpoint or theme name (a few hundred at most: the journey's).
    func id(of name: String) -> UInt32 {
        if let known = ids[name] { return known }
        let new = UInt32(names.count)
        ids[name] = new
        names.append(name)
        return new
    }

    func name(of id: UInt32) -> String { names.indices.contains(Int(id)) ? names[Int(id)] : "" }

    /// Appends one entry.
    func append(_ entry: Entry) throws {
        let start = writer.bytes.count
        writer.word(0)
        writer.int(Int(entry.node))
        writer.word(entry.contact)
        writer.optional(entry.day) { $0.double($1) }
        writer.enumCase(entry.channel)
        writer.unsigned(UInt64(entry.touchpoint))
        writer.array(entry.themes) { $0.unsigned(UInt64($1)) }
        writer.bool(entry.hasText)
        writer.array(entry.signals) { $0.string($1) }
        writer.optional(entry.row) { $0.array($1.segments) { $0.string($1) } }
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

    /// Hands every entry to `body`, in the order appended; the spill takes no more entries.
    func replay(_ body: (Entry) throws -> Void) throws {
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
            if let (entry, next) = try Self.entry(in: block, at: offset) {
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
        guard offset == block.count else { throw ReportWriteError(file: Self.fileName, code: EIO) }
    }

    /// The entry at `offset` of `block` and the offset after it; `nil` when it is not whole in it.
    private static func entry(in block: [UInt8], at offset: Int) throws -> (Entry, Int)? {
        guard block.count - offset >= 8 else { return nil }
        var frame = ArchiveReader(block, from: offset)
        let length = Int(clamping: try frame.word())
        guard block.count - offset - 8 >= length else { return nil }
        let entry = try decode(&frame)
        guard frame.offset == offset + 8 + length else { throw ReportWriteError(file: fileName, code: EIO) }
        return (entry, frame.offset)
    }

    private static func decode(_ reader: inout ArchiveReader) throws -> Entry {
        let node = Int32(clamping: try reader.int())
        let contact = try reader.word()
        let day = try reader.optional { reader throws(UnitArchive.DecodingError) in try reader.double() }
        let channel = try reader.enumCase(Channel.self)
        let touchpoint = UInt32(clamping: try reader.unsigned())
        let themes = try reader.array { reader throws(UnitArchive.DecodingError) in
            UInt32(clamping: try reader.unsigned())
        }
        let hasText = try reader.bool()
        let signals = try reader.array { reader throws(UnitArchive.DecodingError) in try reader.string() }
        let segments = try reader.optional { reader throws(UnitArchive.DecodingError) in
            try reader.array { reader throws(UnitArchive.DecodingError) in try reader.string() }
        }
        return Entry(
            node: node, contact: contact, day: day, channel: channel, touchpoint: touchpoint, themes: themes,
            hasText: hasText, signals: signals, row: segments.flatMap(VerbatimsReport.EncodedRow.init(segments:)))
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
