public import Foundation

/// Splits a large survey export into pieces of about `targetBytes` cut between records, so that
/// the pipeline reads one in parallel and never holds it whole with its analysis (an 80 MB export
/// read whole peaked near 1 GB).
///
/// A record may span lines (a quoted comment with line breaks), so the cuts come from the same
/// state machine as `CSVParser`, run over the raw bytes: the bytes it reacts to (quote, delimiter,
/// CR, LF) are ASCII, and neither UTF-8 nor Windows-1252 uses ASCII bytes inside a character.
/// Cuts fall only after a line feed that ends a record (a CRLF is never split). UTF-16 exports and
/// files with lone CR line ends are not split.
public enum SurveySharding {
    /// Records the reader samples after the header rows (`SurveyReader` detects columns from the
    /// first 200 responses) plus the most header rows a layout has (3): the head every shard reads.
    static let headRecords = 203

    /// The shards of the export at `url`, in order; a single whole-file piece when it cannot or
    /// need not be split. The file is memory-mapped and scanned twice (UTF-8 validity, records);
    /// only the ranges are kept.
    public static func shards(of url: URL, targetBytes: Int) throws -> [(range: Range<Int>, shard: SurveyShard)] {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        return shards(of: data.span, targetBytes: targetBytes)
    }

    /// The same for the file at raw `path` (`IngestUnit.path`), which opens names that are not UTF-8.
    public static func shards(ofFileAt path: [UInt8], targetBytes: Int) throws -> [(
        range: Range<Int>, shard: SurveyShard
    )] {
        try RawFile.withMappedBytes(of: path) { shards(of: $0, targetBytes: targetBytes) }
    }

    /// Shards of an export already in memory (see `shards(of:targetBytes:)`).
    static func shards(of bytes: Span<UInt8>, targetBytes: Int) -> [(range: Range<Int>, shard: SurveyShard)] {
        let total = bytes.count
        let prefix = bytes.extracting(0..<min(total, 4))
        let encoding = SurveyTextDecoder.encoding(prefix: prefix, valid: SurveyTextDecoder.isValidUTF8(bytes))
        // A single piece is read whole by `SurveyReader.read`, which sniffs its own delimiter.
        let whole = [
            (
                0..<total,
                SurveyShard(
                    recordBase: 0, lineBase: 0, head: 0..<total, encoding: encoding.rawValue, delimiter: 0x2C,
                    isLast: true)
            )
        ]
        guard total > targetBytes, encoding != .utf16LE, encoding != .utf16BE else { return whole }
        // The delimiter, sniffed as the whole-file reader sniffs it (from the first 16,384
        // characters, which the first 64 KiB always hold); every shard reads with it.
        let head = bytes.extracting(0..<min(total, 65_536))
        let sniffed = head.indices.map { head[$0] }
        let delimiter = UInt8(
            truncatingIfNeeded: CSVParser.sniffDelimiter(SurveyTextDecoder.decode(sniffed, as: encoding, atStart: true))
                .value)
        let cuts = recordCuts(in: bytes, delimiter: delimiter, targetBytes: max(1, targetBytes))
        guard !cuts.pieces.isEmpty else { return whole }
        var result: [(range: Range<Int>, shard: SurveyShard)] = []
        var start = 0
        var records = 0
        var lines = 0
        for piece in cuts.pieces + [(end: total, records: 0, lines: 0)] {
            let isLast = piece.end == total
            result.append(
                (
                    start..<piece.end,
                    SurveyShard(
                        recordBase: records, lineBase: lines, head: 0..<cuts.headEnd, encoding: encoding.rawValue,
                        delimiter: delimiter, isLast: isLast)
                ))
            start = piece.end
            records = piece.records
            lines = piece.lines
        }
        return result
    }

    /// Where the records end: cuts about every `targetBytes` (each with the records and lines
    /// before it) and the end of the head (the first `headRecords` records, or the whole file).
    ///
    /// The transitions are those of `CSVParser.parse(utf8:)`; `SurveyShardingTests` checks that
    /// the shards parse into the same records as the whole file.
    static func recordCuts(
        in bytes: Span<UInt8>, delimiter: UInt8, targetBytes: Int
    ) -> (pieces: [(end: Int, records: Int, lines: Int)], headEnd: Int) {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var pieces: [(end: Int, records: Int, lines: Int)] = []
        var headEnd = -1
        var state = State.fieldStart
        var line = 1
        var records = 0
        var previousWasCR = false
        var pieceStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let isCR = byte == cr
            let isLF = byte == lf
            defer { previousWasCR = isCR }
            var cutHere = false
            if isLF && previousWasCR && state != .quoted {
                cutHere = true  // the LF of a CRLF whose CR ended the record
            } else {
                switch state {
                case .quoteInQuoted where byte == quote:
                    state = .quoted
                case .fieldStart, .unquoted, .quoteInQuoted:
                    if byte == quote && state == .fieldStart {
                        state = .quoted
                    } else if byte == delimiter {
                        state = .fieldStart
                    } else if isCR || isLF {
                        line += 1
                        records += 1
                        state = .fieldStart
                        cutHere = isLF
                    } else {
                        state = .unquoted
                    }
                case .quoted:
                    if byte == quote {
                        state = .quoteInQuoted
                    } else if isCR || (isLF && !previousWasCR) {
                        line += 1
                    }
                }
            }
            guard cutHere else { continue }
            let end = index + 1
            if headEnd < 0 && records >= headRecords { headEnd = end }
            if end - pieceStart >= targetBytes && end < bytes.count {
                pieces.append((end, records, line - 1))
                pieceStart = end
            }
        }
        return (pieces, headEnd < 0 ? bytes.count : headEnd)
    }
}
