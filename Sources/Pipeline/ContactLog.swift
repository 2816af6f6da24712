import Foundation
import Reporting
import VerbatimModel

/// The ordered consumer's spill (issue 18): per counted record, in the run's order, what its late
/// cells and signals need once people are known (its directory node, contact, date, channel,
/// touchpoint and themes, its own signals) and its `verbatims.csv` row as the task encoded it.
///
/// A person's key needs the whole corpus's evidence, but holding every record until the end would
/// cost the memory the streaming consumer saves, and a second ingest pass a third of a cold run:
/// so the rows go to a `SpillFile` in the staging folder of the reports, and are read back once,
/// in order (`replay`).
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

    private let spill: SpillFile
    private var ids: [String: UInt32] = [:]
    private var names: [String] = []

    /// Starts an empty spill in `folder`.
    init(folder: URL) throws {
        spill = try SpillFile(folder: folder, name: Self.fileName)
    }

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
        try spill.append { writer in
            writer.int(Int(entry.node))
            writer.word(entry.contact)
            writer.optional(entry.day) { $0.double($1) }
            writer.enumCase(entry.channel)
            writer.unsigned(UInt64(entry.touchpoint))
            writer.array(entry.themes) { $0.unsigned(UInt64($1)) }
            writer.bool(entry.hasText)
            writer.array(entry.signals) { $0.string($1) }
            writer.optional(entry.row) { $0.array($1.segments) { $0.string($1) } }
        }
    }

    /// Hands every entry to `body`, in the order appended; the spill takes no more entries.
    func replay(_ body: (Entry) throws -> Void) throws {
        try spill.replay(Self.decode, body)
    }

    private static func decode(_ reader: inout ArchiveReader) throws(UnitArchive.DecodingError) -> Entry {
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
        spill.remove()
    }
}
