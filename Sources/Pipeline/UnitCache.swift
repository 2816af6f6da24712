import Crypto
import Foundation
import History
import Ingest
import VerbatimModel

/// The run's side of the incremental cache kept in the run history: a unit whose bytes and whose
/// shaping (lexicons, journey, corpus settings, mappings, options, the tool itself) are those of a
/// cached result is not read nor analysed again, its archived result (`UnitArchive`) is used.
///
/// Used inside the unit tasks (it only reads the store); what the tasks computed is written by the
/// ordered consumer in batches (`UnitCacheWriter`). A cached result that cannot be read is a
/// warning and the unit is analysed again: the cache can cost time, never a wrong report.
///
/// A unit's file is read and hashed only when its stamp (`FileStamp`: path, device, inode, size,
/// modification and status-change times) is not the one stored with the entry: as git's index and
/// make do, a file the kernel reports untouched is taken to hold the bytes hashed last time. A
/// stamp is stored only for a file that had not changed for a second before it was hashed (a
/// second write within the same clock tick could leave the stamp as it was); `--rebuild` trusts no
/// stamp and hashes every file again.
struct UnitCache: Sendable {
    typealias Key = HistoryStore.UnitCacheKey

    /// What one unit task did with the cache.
    struct Outcome: Sendable {
        var key: Key?
        /// The new result's archive, to store (nil for a reused one).
        var archive: [UInt8]?
        var reused = false
        var warning: Finding?
        /// The stamp of the unit's file to store with `key`: set when its bytes were hashed by this
        /// run and the file had settled; nil when the stored stamp was trusted.
        var stamp: String?
    }

    let store: HistoryStore
    /// The output folder's key: entries are kept per output folder.
    let output: String
    /// SHA-256 (hex) of everything besides the unit's bytes that shapes its result.
    let shaping: String
    /// `false` under `--rebuild`: nothing is read, every unit is analysed and stored anew.
    let reuse: Bool
    /// The stamps stored with this shaping's entries, by unit (none under `--rebuild`).
    var stamps: [String: HistoryStore.UnitStamp] = [:]
    /// A file changed at or after this time (seconds since 1970) is hashed but not stamped.
    var settledBefore = Date().timeIntervalSince1970 - 1

    /// `unit`'s result: the cached one when its key is stored and reads back, else `analyse()`'s,
    /// archived for the consumer to store.
    func result(
        of unit: IngestUnit, analyse: () -> AnalyzeRun.UnitResult
    ) -> (AnalyzeRun.UnitResult, Outcome) {
        guard let (key, stamp) = key(of: unit) else { return (analyse(), Outcome()) }
        var outcome = Outcome(key: key, stamp: stamp)
        if reuse {
            do {
                if let archive = try store.cachedUnit(key, output: output) {
                    outcome.reused = true
                    return (try UnitArchive.decode(archive), outcome)
                }
            } catch {
                outcome.reused = false
                outcome.warning = Finding(
                    source: unit.relativePath,
                    reason: "the cached result could not be read (\(error)); analysed again", severity: .warning)
            }
        }
        let result = analyse()
        outcome.archive = UnitArchive.encode(result)
        return (result, outcome)
    }

    /// The unit's key: its name, position and shard, and the SHA-256 of the bytes it is read from
    /// (the stored one when the file's stamp is the stored one); `nil` when they cannot be read (the
    /// reader then reports the file, and nothing is cached). With it, the stamp to store, if any.
    func key(of unit: IngestUnit) -> (key: Key, stamp: String?)? {
        let name = [
            unit.relativePath, unit.format.rawValue, unit.byteRange.map { "\($0)" } ?? "",
            "\(unit.ordinalBase)", unit.surveyShard.map { "\($0)" } ?? "",
        ].joined(separator: "\u{1F}")
        let before = FileStamp(path: unit.path)
        if let before, let known = stamps[name], known.stamp == before.text {
            return (Key(unit: name, content: known.content, shaping: shaping), nil)
        }
        guard let bytes = unit.contentBytes() else { return nil }
        var hash = SHA256()
        hash.update(data: bytes.body)
        hash.update(data: bytes.head)
        let key = Key(unit: name, content: Self.hex(hash.finalize()), shaping: shaping)
        // Stamped only when the file did not change while it was read, nor just before.
        guard let before, before == FileStamp(path: unit.path), before.changed < settledBefore else {
            return (key, nil)
        }
        return (key, before.text)
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
