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
            bytes = try CorpusWalker.bytes(of: unit)
            if let shard = unit.surveyShard { head = try CorpusWalker.bytes(of: unit.url, range: shard.head) }
        } catch {
            return IngestOutput(
                findings: [Finding(source: unit.relativePath, reason: "cannot read file: \(error.localizedDescription)")],
                format: unit.format.rawValue
            )
        }
        if unit.format == .survey, let shard = unit.surveyShard {
            var output = SurveyReader.read(shard: bytes, head: head, shard: shard, path: unit.relativePath, options: options)
            PlausibleDateRange.screen(&output)
            return output
        }
        return read(bytes, format: unit.format, path: unit.relativePath, ordinalBase: unit.ordinalBase, options: options)
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
