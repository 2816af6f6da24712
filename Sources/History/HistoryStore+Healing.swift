public import Foundation
import GRDB

extension HistoryStore {
    /// A store opened for a run, and the damaged file set aside on the way, if any.
    public struct Opening: Sendable {
        /// The store the run reads trends from and records itself in.
        public var store: HistoryStore
        /// Where a damaged history was moved.
        public var setAside: URL?
        /// What SQLite found wrong with it.
        public var damage: String?
    }

    /// Opens the store at `url`; a file that is not a database, is truncated or fails SQLite's
    /// integrity check is renamed `NAME.corrupt-YYYY-MM-DD` (with `-2`, `-3`… when taken) and a fresh
    /// store started in its place, so that one bad night does not cost every later night its trends.
    /// Other failures (permissions, a lock held too long) throw: the file may be sound.
    public static func openHealing(url: URL, on day: Date) throws -> Opening {
        do {
            return Opening(store: try HistoryStore(url: url))
        } catch let error where isDamage(error) {
            let aside = try setAside(url, on: day)
            return Opening(store: try HistoryStore(url: url), setAside: aside, damage: "\(error)")
        }
    }

    /// SQLite's verdicts on a damaged file, as opposed to an unreadable or busy one.
    static func isDamage(_ error: any Error) -> Bool {
        if error is Damage { return true }
        guard let error = error as? DatabaseError else { return false }
        let code = error.resultCode.primaryResultCode
        return code == .SQLITE_CORRUPT || code == .SQLITE_NOTADB
    }

    /// Renames the store and its journal files (a hot journal belongs to the damaged file, not to
    /// the fresh one) to the first free `.corrupt-DAY[-N]` name.
    static func setAside(_ url: URL, on day: Date) throws -> URL {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        let base = url.path + ".corrupt-" + formatter.string(from: day)
        var candidate = base
        var suffix = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        try FileManager.default.moveItem(atPath: url.path, toPath: candidate)
        for journal in ["-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: url.path + journal) {
            try FileManager.default.moveItem(atPath: url.path + journal, toPath: candidate + journal)
        }
        return URL(fileURLWithPath: candidate)
    }
}

extension HistoryStore.Opening {
    init(store: HistoryStore) {
        self.init(store: store, setAside: nil, damage: nil)
    }
}
