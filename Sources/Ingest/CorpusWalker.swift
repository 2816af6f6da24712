import Foundation
import VerbatimModel

/// Finds input files under a corpus root and recognises their format (content first, extension
/// second, see `FormatSniffer`).
///
/// Files come back sorted by relative path in byte order, so that a run over the same corpus
/// gives the same bytes whatever the file system's listing order. Hidden files and folders and
/// the corpus configuration file are skipped; everything else is either a unit or a finding.
enum CorpusWalker {
    /// The per-corpus configuration file, read by the pipeline, never ingested.
    static let configFileName = "verbatim-config.tsv"

    static func units(in root: URL) -> (units: [IngestUnit], findings: [Finding]) {
        var (files, findings) = files(in: root)
        var units: [IngestUnit] = []
        for file in files {
            switch recognise(file) {
            case .unit(let unit): units.append(unit)
            case .rejected(let finding): findings.append(finding)
            }
        }
        return (units, findings)
    }

    /// Every candidate file under `root`, sorted by relative path in byte order, and findings for
    /// folders and links that cannot be read.
    static func files(in root: URL) -> (files: [CorpusFile], findings: [Finding]) {
        var found: [(relative: String, url: URL)] = []
        var findings: [Finding] = []
        collect(directory: root, relative: "", into: &found, findings: &findings, depth: 0)
        found.sort { Array($0.relative.utf8).lexicographicallyPrecedes(Array($1.relative.utf8)) }
        return (found.map { CorpusFile(url: $0.url, relativePath: $0.relative) }, findings)
    }

    /// The unit `file` is, from its first bytes, or the finding that says why it is not one
    /// (unreadable, empty, unrecognised).
    static func recognise(_ file: CorpusFile) -> FileRecognition {
        let sample: [UInt8]
        do {
            sample = try readPrefix(of: file.url, count: FormatSniffer.sampleSize)
        } catch {
            return .rejected(Finding(source: file.relativePath, reason: "cannot read file: \(error.localizedDescription)"))
        }
        if sample.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .rejected(Finding(source: file.relativePath, reason: "empty file"))
        }
        guard let format = FormatSniffer.format(of: sample[...], relativePath: file.relativePath) else {
            return .rejected(Finding(source: file.relativePath, reason: "unrecognised format"))
        }
        return .unit(IngestUnit(url: file.url, relativePath: file.relativePath, format: format))
    }

    static func bytes(of unit: IngestUnit) throws -> [UInt8] {
        try bytes(of: unit.url, range: unit.byteRange)
    }

    /// The bytes of the file at `url`, or of its byte `range` (empty when the file is shorter).
    static func bytes(of url: URL, range: Range<Int>?) throws -> [UInt8] {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        if let range {
            guard range.lowerBound >= 0, range.upperBound <= data.count else { return [] }
            return [UInt8](data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound])
        }
        return [UInt8](data)
    }

    private static func collect(
        directory: URL, relative: String, into files: inout [(relative: String, url: URL)], findings: inout [Finding],
        depth: Int
    ) {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory.path)
        } catch {
            findings.append(Finding(source: relative.isEmpty ? "." : relative,
                reason: "cannot read directory: \(error.localizedDescription)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                findings.append(Finding(source: childRelative, reason: "broken link or vanished file"))
                continue
            }
            if isDirectory.boolValue {
                // Symbolic-link loops end here: no corpus is 64 folders deep.
                guard depth < 64 else {
                    findings.append(Finding(source: childRelative, reason: "folder nesting too deep, not read"))
                    continue
                }
                collect(directory: url, relative: childRelative, into: &files, findings: &findings, depth: depth + 1)
            } else if depth == 0 && name == configFileName {
                continue
            } else {
                files.append((childRelative, url))
            }
        }
    }

    private static func readPrefix(of url: URL, count: Int) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }
}
