import Foundation

/// Writes one partial: `verbatim-partial\n`, the format version (4 bytes, big-endian), the header's
/// length (8 bytes) and its JSON (`PartialHeader`), then each held unit's result in the run's
/// order as its length (8 bytes) and its archive (`UnitArchive`). Written to `FILE.part` and
/// renamed when complete, so that a killed partition run never leaves a file that looks finished.
struct PartialWriter {
    /// The first bytes of every partial.
    static let magic = Array("verbatim-partial\n".utf8)

    private let url: URL
    private let staging: URL
    private let handle: FileHandle
    private let expected: Int
    private var written = 0

    /// Creates the file and writes its header.
    init(url: URL, header: PartialHeader) throws {
        self.url = url
        staging = url.appendingPathExtension("part")
        expected = header.analysed.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json: Data
        do {
            json = try encoder.encode(header)
            guard FileManager.default.createFile(atPath: staging.path, contents: nil) else {
                throw PartialError.unreadable(file: staging.path, reason: "cannot create the file")
            }
            handle = try FileHandle(forWritingTo: staging)
        } catch let error as PartialError {
            throw error
        } catch {
            throw PartialError.unreadable(file: staging.path, reason: error.localizedDescription)
        }
        var start = Self.magic
        start += Self.bigEndian(UInt64(header.version), bytes: 4)
        start += Self.bigEndian(UInt64(json.count), bytes: 8)
        try write(Data(start) + json)
    }

    /// Appends the next held unit's archived result.
    mutating func append(_ archive: [UInt8]) throws {
        try write(Data(Self.bigEndian(UInt64(archive.count), bytes: 8) + archive))
        written += 1
    }

    /// Closes the file and gives it its name; every unit of the header must have been appended.
    func finish() throws {
        do {
            try handle.synchronize()
            try handle.close()
            guard written == expected else {
                throw PartialError.corrupt(file: url.path, reason: "\(written) unit results of \(expected) written")
            }
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: staging, to: url)
        } catch let error as PartialError {
            throw error
        } catch {
            throw PartialError.unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    /// Removes the unfinished file of a partition run that failed.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: staging)
    }

    private func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw PartialError.unreadable(file: staging.path, reason: error.localizedDescription)
        }
    }

    /// `value`'s low `bytes` bytes, most significant first.
    static func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
