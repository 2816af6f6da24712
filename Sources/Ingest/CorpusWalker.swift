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
        var files: [(relative: String, url: URL)] = []
        var findings: [Finding] = []
        collect(directory: root, relative: "", into: &files, findings: &findings, depth: 0)
        files.sort { Array($0.relative.utf8).lexicographicallyPrecedes(Array($1.relative.utf8)) }
        var units: [IngestUnit] = []
        for file in files {
            let sample: [UInt8]
            do {
                sample = try readPrefix(of: file.url, count: FormatSniffer.sampleSize)
            } catch {
                findings.append(Finding(source: file.relative, reason: "cannot read file: \(error.localizedDescription)"))
                continue
            }
            if sample.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                findings.append(Finding(source: file.relative, reason: "empty file"))
                continue
            }
            guard let format = FormatSniffer.format(of: sample[...], relativePath: file.relative) else {
                findings.append(Finding(source: file.relative, reason: "unrecognised format"))
                continue
            }
            if format == .mbox, let size = fileSize(of: file.url), size > shardSize {
                do {
                    units += try shards(of: file.url, relativePath: file.relative, size: size)
                } catch {
                    findings.append(Finding(source: file.relative, reason: "cannot read file: \(error.localizedDescription)"))
                }
                continue
            }
            units.append(IngestUnit(url: file.url, relativePath: file.relative, format: format))
        }
        return (units, findings)
    }

    /// Mailboxes larger than this are read as several units, so that one huge mbox neither holds
    /// all its bytes in memory at once nor keeps a single core busy while the others wait.
    static let shardSize = 8 << 20

    /// Splits a mailbox at message boundaries (a line starting with `From `, RFC 4155) into shards
    /// of about `shardSize` bytes; each shard records how many messages come before it so that
    /// message numbers stay file-wide. Reads the file in chunks: memory stays bounded.
    static func shards(of url: URL, relativePath: String, size: Int, shardSize: Int = shardSize) throws -> [IngestUnit] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var units: [IngestUnit] = []
        var shardStart = 0
        var messagesBeforeShard = 0
        var messagesSeen = 0
        var offset = 0
        // Bytes of the current line seen so far (at most 5, to recognise `From `).
        var lineStart: [UInt8] = []
        var atLineStart = true
        let marker = Array("From ".utf8)
        while true {
            guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            for byte in chunk {
                if atLineStart || !lineStart.isEmpty {
                    if atLineStart { lineStart.removeAll(keepingCapacity: true) }
                    atLineStart = false
                    lineStart.append(byte)
                    if lineStart.count <= marker.count, lineStart[lineStart.count - 1] != marker[lineStart.count - 1] {
                        lineStart.removeAll(keepingCapacity: true)
                    } else if lineStart.count == marker.count {
                        let boundary = offset - (marker.count - 1)
                        if boundary - shardStart >= shardSize {
                            units.append(IngestUnit(url: url, relativePath: relativePath, format: .mbox,
                                byteRange: shardStart..<boundary, ordinalBase: messagesBeforeShard))
                            shardStart = boundary
                            messagesBeforeShard = messagesSeen
                        }
                        messagesSeen += 1
                        lineStart.removeAll(keepingCapacity: true)
                    }
                }
                if byte == 0x0A { atLineStart = true }
                offset += 1
            }
        }
        units.append(IngestUnit(url: url, relativePath: relativePath, format: .mbox,
            byteRange: shardStart..<offset, ordinalBase: messagesBeforeShard))
        return units
    }

    private static func fileSize(of url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
    }

    static func bytes(of unit: IngestUnit) throws -> [UInt8] {
        let data = try Data(contentsOf: unit.url, options: .alwaysMapped)
        if let range = unit.byteRange {
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
