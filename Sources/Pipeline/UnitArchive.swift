import Reporting
import VerbatimModel

/// The byte format of what one unit task hands back (`AnalyzeRun.UnitResult`), so that a unit's
/// result can be kept (the incremental cache of the run history) or shipped (a Spark partition's
/// partial) and read back exactly: the same records, rows and input row, hence the same reports.
///
/// Layout: the magic `VBUA`, a version byte, the payload's length and checksum (8 bytes each,
/// little-endian), then the payload: source, format, skipped counts, company attributions,
/// findings, then each record with its early-encoded `verbatims.csv` row. The verbatims of the
/// `IngestOutput` are not stored twice: they are the records' own (`process` analyses each one into
/// exactly one record), and decoding takes them from there.
///
/// Hand-written (not `Codable`): a warm run decodes every cached unit, so decoding must run at
/// hundreds of MB/s; see the Pipeline README for the figures.
enum UnitArchive {
    /// Bumped on every change of the layout: an archive of another version is refused, not misread.
    static let version: UInt8 = 3
    static let magic: [UInt8] = Array("VBUA".utf8)
    /// Magic, version, length, checksum.
    static let headerSize = 4 + 1 + 8 + 8

    /// Why an archive could not be read.
    enum DecodingError: Error, Equatable, CustomStringConvertible {
        case truncated
        case notAnArchive
        case version(UInt8)
        case checksum
        case corrupt(String)

        var description: String {
            switch self {
            case .truncated: "the unit archive is truncated"
            case .notAnArchive: "the blob is not a unit archive"
            case .version(let found): "the unit archive has version \(found), this tool reads \(UnitArchive.version)"
            case .checksum: "the unit archive fails its checksum"
            case .corrupt(let what): "the unit archive is corrupt: \(what)"
            }
        }
    }

    /// `result` as bytes.
    static func encode(_ result: AnalyzeRun.UnitResult) -> [UInt8] {
        let textBytes = result.records.reduce(0) { $0 + $1.verbatim.text.utf8.count }
        var writer = ArchiveWriter(capacity: headerSize + 4 * textBytes + 256)
        for byte in magic { writer.byte(byte) }
        writer.byte(version)
        writer.word(0)
        writer.word(0)
        writer.string(result.source)
        writer.string(result.output.format)
        writer.skipped(result.output.skipped)
        writer.array(result.output.company) { $0.company($1) }
        writer.array(result.output.findings) { $0.finding($1) }
        writer.unsigned(UInt64(result.records.count))
        for (record, row) in zip(result.records, result.rows) {
            writer.record(record)
            writer.optional(row) { $0.array($1.segments) { $0.string($1) } }
        }
        writer.patchWord(UInt64(writer.bytes.count - headerSize), at: 5)
        writer.patchWord(checksum(of: writer.bytes, from: headerSize), at: 13)
        return writer.bytes
    }

    /// The unit result `bytes` hold; throws `DecodingError` for anything but a sound archive of
    /// this version.
    static func decode(_ bytes: [UInt8]) throws(DecodingError) -> AnalyzeRun.UnitResult {
        var reader = ArchiveReader(bytes)
        for expected in magic where try reader.byte() != expected { throw .notAnArchive }
        let found = try reader.byte()
        guard found == version else { throw .version(found) }
        let length = try reader.word()
        let sum = try reader.word()
        guard length == UInt64(bytes.count - headerSize) else { throw .truncated }
        guard sum == checksum(of: bytes, from: headerSize) else { throw .checksum }
        let source = try reader.string()
        var output = IngestOutput(format: try reader.string())
        output.skipped = try reader.skipped()
        output.company = try reader.array { reader throws(DecodingError) in try reader.company() }
        output.findings = try reader.array { reader throws(DecodingError) in try reader.finding() }
        let count = try reader.count()
        var records: [AnalysedVerbatim] = []
        var rows: [VerbatimsReport.EncodedRow?] = []
        records.reserveCapacity(count)
        rows.reserveCapacity(count)
        for _ in 0..<count {
            records.append(try reader.record())
            rows.append(try reader.optional { reader throws(DecodingError) in try reader.row() })
        }
        guard reader.isAtEnd else { throw .corrupt("bytes after the last record") }
        output.verbatims = records.map(\.verbatim)
        return AnalyzeRun.UnitResult(records: records, rows: rows, source: source, output: output)
    }

    /// A checksum of `bytes[start...]`: four interleaved FNV-1a lanes (one lane's multiply chain
    /// per byte would run at a quarter of the speed), folded together. Not cryptographic: it tells a
    /// damaged blob from a sound one.
    static func checksum(of bytes: [UInt8], from start: Int) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4, 0x9ce4_8422_2325_cbf2, 0x2325_cbf2_9ce4_8422
        )
        var index = max(start, 0)
        let whole = index + (bytes.count - index) / 4 * 4
        while index < whole {
            lanes.0 = (lanes.0 ^ UInt64(bytes[index])) &* prime
            lanes.1 = (lanes.1 ^ UInt64(bytes[index + 1])) &* prime
            lanes.2 = (lanes.2 ^ UInt64(bytes[index + 2])) &* prime
            lanes.3 = (lanes.3 ^ UInt64(bytes[index + 3])) &* prime
            index += 4
        }
        while index < bytes.count {
            lanes.0 = (lanes.0 ^ UInt64(bytes[index])) &* prime
            index += 1
        }
        let folded = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7)
        return folded ^ UInt64(bytes.count - max(start, 0))
    }
}
