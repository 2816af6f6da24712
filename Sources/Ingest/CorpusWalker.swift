import Foundation
import VerbatimModel

/// Finds input files under a corpus root and recognises their format (content first, extension
/// second, see `FormatSniffer`).
///
/// Files come back sorted by relative path in byte order, so that a run over the same corpus
/// gives the same bytes whatever the file system's listing order. Hidden files and folders and
/// the corpus configuration file are skipped; everything else is either a unit or a finding
/// (see `CorpusListing` for links, special files and limits).
enum CorpusWalker {
    /// The per-corpus configuration file, read by the pipeline, never ingested.
    static let configFileName = "verbatim-config.tsv"

    static func units(in root: URL, limits: IngestLimits = IngestLimits()) -> (units: [IngestUnit], findings: [Finding])
    {
        var (files, findings) = files(in: root, limits: limits)
        var units: [IngestUnit] = []
        for file in files {
            switch recognise(file) {
            case .unit(let unit): units.append(unit)
            case .rejected(let finding): findings.append(finding)
            }
        }
        return (units, findings)
    }

    /// Every regular file under `root` within the size limit, each real file once, sorted by
    /// relative path in byte order, and findings for what is not read; `excluded` files and
    /// folders (the reports, the history) are skipped.
    static func files(in root: URL, limits: IngestLimits = IngestLimits(), excluding excluded: [URL] = []) -> (
        files: [CorpusFile], findings: [Finding]
    ) {
        CorpusListing.walk(
            root: Array(root.path.utf8), excluding: excluded.map { Array($0.path.utf8) },
            maxFileSize: limits.maxFileSize)
    }

    /// The unit `file` is, from its first bytes, or the finding that says why it is not one
    /// (unreadable, empty, binary, unrecognised).
    static func recognise(_ file: CorpusFile) -> FileRecognition {
        let sample: [UInt8]
        do {
            sample = try RawFile.prefix(of: file.path, count: FormatSniffer.sampleSize)
        } catch {
            return .rejected(Finding(source: file.relativePath, reason: "cannot read file: \(error)"))
        }
        if sample.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .rejected(Finding(source: file.relativePath, reason: "empty file"))
        }
        if let kind = ContentClassifier.binaryKind(of: sample[...]), !FormatSniffer.opensAMessage(sample[...]) {
            return .rejected(Finding(source: file.relativePath, reason: "unrecognised format (\(kind))"))
        }
        guard let format = FormatSniffer.format(of: sample[...], relativePath: file.relativePath) else {
            return .rejected(Finding(source: file.relativePath, reason: "unrecognised format"))
        }
        return .unit(IngestUnit(file: file, format: format))
    }
}
