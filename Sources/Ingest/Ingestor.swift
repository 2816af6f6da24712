public import Foundation
public import VerbatimModel

/// The entry point of the ingest stage: finds the work in a corpus folder and reads one unit of it.
///
/// Both functions are synchronous and never throw: an unreadable file becomes a `Finding`.
public enum Ingestor {
    /// Walks `root` recursively and returns the units to read, sorted by path, and findings for the
    /// files that no reader recognises.
    public static func units(in root: URL) -> (units: [IngestUnit], findings: [Finding]) {
        CorpusWalker.units(in: root)
    }

    /// The first half of `units(in:)`: every candidate file under `root`, sorted by path, and
    /// findings for unreadable folders. Recognising each file (`recognise`) is independent, so a
    /// caller may do it in parallel.
    public static func files(in root: URL) -> (files: [CorpusFile], findings: [Finding]) {
        CorpusWalker.files(in: root)
    }

    /// `files(in:)` with the file size limit of `limits`, skipping the `excluded` files and
    /// folders (the report folder and the history store when they lie inside the corpus).
    public static func files(in root: URL, limits: IngestLimits, excluding excluded: [URL]) -> (
        files: [CorpusFile], findings: [Finding]
    ) {
        CorpusWalker.files(in: root, limits: limits, excluding: excluded)
    }

    /// Whether `first` and `second` name the same file or folder (device and inode, links
    /// followed); `false` when either does not exist.
    public static func isSameFile(_ first: URL, _ second: URL) -> Bool {
        guard let one = FileIdentity(path: Array(first.path.utf8)),
            let other = FileIdentity(path: Array(second.path.utf8))
        else {
            return false
        }
        return one == other
    }

    /// The unit `file` is, or the finding that says why it is not one (unreadable, empty,
    /// unrecognised format).
    public static func recognise(_ file: CorpusFile) -> FileRecognition {
        CorpusWalker.recognise(file)
    }

    /// Reads one unit. Never throws; problems are findings in the output.
    public static func read(_ unit: IngestUnit, options: IngestOptions) -> IngestOutput {
        let bytes: [UInt8]
        var head: [UInt8] = []
        do {
            bytes = try RawFile.bytes(of: unit.path, range: unit.byteRange)
            if let shard = unit.surveyShard { head = try RawFile.bytes(of: unit.path, range: shard.head) }
        } catch {
            return IngestOutput(
                findings: [Finding(source: unit.relativePath, reason: "cannot read file: \(error)")],
                format: unit.format.rawValue
            )
        }
        let limit = options.limits.maxLineLength
        if LongLineScan.lineFormats.contains(unit.format),
            let start = LongLineScan.firstLongLine(in: bytes, limit: limit)
        {
            let offset = (unit.byteRange?.lowerBound ?? 0) + start
            let reason = "line longer than \(IngestLimits.describe(limit)) at byte \(offset), file not read"
            return IngestOutput(
                findings: [Finding(source: unit.relativePath, reason: reason)], format: unit.format.rawValue)
        }
        if unit.format == .survey, let shard = unit.surveyShard {
            var output = SurveyReader.read(
                shard: bytes, head: head, shard: shard, path: unit.relativePath, options: options)
            PlausibleDateRange.screen(&output)
            return output
        }
        return read(
            bytes, format: unit.format, path: unit.relativePath, ordinalBase: unit.ordinalBase, options: options)
    }

    /// Reads bytes already in memory as `format`; `path` names them in findings and sources. A date
    /// outside 1990–2100 is dropped with a warning (`PlausibleDateRange`), whatever the reader.
    public static func read(
        _ bytes: [UInt8],
        format: InputFormat,
        path: String,
        ordinalBase: Int = 0,
        options: IngestOptions
    ) -> IngestOutput {
        var output = readUnscreened(bytes, format: format, path: path, ordinalBase: ordinalBase, options: options)
        PlausibleDateRange.screen(&output)
        return output
    }

    private static func readUnscreened(
        _ bytes: [UInt8], format: InputFormat, path: String, ordinalBase: Int, options: IngestOptions
    ) -> IngestOutput {
        switch format {
        case .eml:
            return EmlReader.read(bytes, path: path, options: options)
        case .mbox:
            return MboxReader.read(bytes, path: path, ordinalBase: ordinalBase, options: options)
        case .chatText:
            return ChatTranscriptReader.read(bytes, path: path, options: options)
        case .chatJSON:
            return ChatJSONReader.read(bytes, path: path, options: options)
        case .chatCSV:
            return TweetThreadReader.read(bytes, path: path, options: options)
        case .reviewHTML:
            return ReviewPageReader.read(bytes, path: path, options: options)
        case .survey:
            return SurveyReader.read(bytes, path: path, options: options)
        }
    }

    /// Prepares the C parsers; call once on the main thread before reading in parallel.
    public static func prepareParsers() {
        ReviewPageReader.prepare()
    }
}
