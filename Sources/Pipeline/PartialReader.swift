import Foundation

/// Reads one partial (`PartialWriter` gives the layout) as a stream: its header first, then its
/// unit results one at a time, so that a merge holds one result per partial at most. Every length
/// is checked against what is left of the file before anything is allocated: a truncated or
/// damaged partial is a `PartialError` naming the file, never a trap.
struct PartialReader {
    let name: String
    private(set) var header: PartialHeader
    private let handle: FileHandle
    private var remaining: Int
    private var next = 0

    /// Opens `url` and reads its header.
    init(url: URL) throws {
        name = url.path
        do {
            handle = try FileHandle(forReadingFrom: url)
            remaining = Int(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
        } catch {
            throw PartialError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        var reading = Reading(handle: handle, remaining: remaining, name: name)
        guard (try? reading.bytes(PartialWriter.magic.count)) == PartialWriter.magic else {
            throw PartialError.notAPartial(file: name)
        }
        let version = try reading.number(4)
        guard version == PartialHeader.currentVersion else { throw PartialError.version(file: name, found: version) }
        let json = try reading.bytes(try reading.number(8))
        do {
            header = try JSONDecoder().decode(PartialHeader.self, from: Data(json))
        } catch {
            throw PartialError.corrupt(file: name, reason: "unreadable header: \(error)")
        }
        remaining = reading.remaining
    }

    /// Forgets the whole run's unit list and findings, once checked against another partial's.
    mutating func dropListing() {
        header.units = []
        header.setupFindings = []
        header.listingFindings = []
    }

    /// The next held unit's index in the run and its archived result; `nil` after the last one, when
    /// the file must also end there.
    mutating func nextArchive() throws -> (index: Int, archive: [UInt8])? {
        guard next < header.analysed.count else {
            guard remaining == 0 else {
                throw PartialError.corrupt(file: name, reason: "\(remaining) bytes after the last unit result")
            }
            return nil
        }
        var reading = Reading(handle: handle, remaining: remaining, name: name)
        let archive = try reading.bytes(try reading.number(8))
        remaining = reading.remaining
        defer { next += 1 }
        return (header.analysed[next], archive)
    }

    /// Bounded reads from the file handle: asking for more than is left is `truncated`.
    private struct Reading {
        let handle: FileHandle
        var remaining: Int
        let name: String

        mutating func bytes(_ count: Int) throws -> [UInt8] {
            guard count >= 0, count <= remaining else { throw PartialError.truncated(file: name) }
            guard count > 0 else { return [] }
            let data: Data?
            do {
                data = try handle.read(upToCount: count)
            } catch {
                throw PartialError.unreadable(file: name, reason: error.localizedDescription)
            }
            guard let data, data.count == count else { throw PartialError.truncated(file: name) }
            remaining -= count
            return Array(data)
        }

        /// A big-endian unsigned number of `width` bytes; one that does not fit an `Int` is damage.
        mutating func number(_ width: Int) throws -> Int {
            let value = try bytes(width).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard value <= UInt64(Int.max) else { throw PartialError.corrupt(file: name, reason: "length \(value)") }
            return Int(value)
        }
    }
}
