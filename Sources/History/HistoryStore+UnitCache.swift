import Foundation
import GRDB

/// The incremental cache: each unit's analysed result (an opaque archive, `UnitArchive` in Pipeline),
/// keyed by the unit, the hash of its bytes and the hash of everything else that shaped it. Entries
/// are content-addressed, so they are written as soon as computed (a killed run leaves only sound
/// entries); those a run did not use are deleted in the transaction that records it.
extension HistoryStore {
    /// What identifies one cached unit result.
    public struct UnitCacheKey: Sendable, Hashable {
        /// The unit's path, byte range and shard, as the run names it.
        public var unit: String
        /// SHA-256 of the unit's bytes, hex.
        public var content: String
        /// SHA-256 of the lexicons, options and tool that shaped the result, hex.
        public var shaping: String

        /// A key of `unit` with those hashes.
        public init(unit: String, content: String, shaping: String) {
            self.unit = unit
            self.content = content
            self.shaping = shaping
        }
    }

    /// The entries one run used (read or wrote) for one output folder: the only ones kept.
    public struct UnitCacheUse: Sendable {
        /// The output folder's key (`ReportFolder.key`), so that two folders sharing a history stay apart.
        public var output: String
        /// The keys the run used.
        public var keys: Set<UnitCacheKey>

        /// The use of `keys` by a run of `output`.
        public init(output: String, keys: Set<UnitCacheKey>) {
            self.output = output
            self.keys = keys
        }
    }

    /// The migration that adds the cache's table: each unit's archived result, by output folder,
    /// unit, content hash and shaping hash.
    static func registerUnitCache(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    CREATE TABLE unit_cache (
                        output TEXT NOT NULL,
                        unit TEXT NOT NULL,
                        content TEXT NOT NULL,
                        shaping TEXT NOT NULL,
                        archive BLOB NOT NULL,
                        PRIMARY KEY (output, unit, content, shaping)
                    );
                    """)
        }
    }

    /// The archive cached for `key` in `output`, if any.
    public func cachedUnit(_ key: UnitCacheKey, output: String) throws -> [UInt8]? {
        // One statement, which SQLite runs atomically on its own: `read` would wrap it in a
        // read-only transaction (four more statements), and a warm run reads every archive. The
        // statement is prepared once per connection, and the blob copied once, into the array.
        try database.unsafeRead { db in
            let statement = try db.cachedStatement(
                sql: "SELECT archive FROM unit_cache WHERE output = ? AND unit = ? AND content = ? AND shaping = ?")
            let rows = try Row.fetchCursor(statement, arguments: [output, key.unit, key.content, key.shaping])
            guard let row = try rows.next() else { return nil }
            return try row.withUnsafeData(atIndex: 0) { data in data.map { [UInt8]($0) } }
        }
    }

    /// Stores `entries` in one transaction (a batch: one transaction per unit would be slow).
    public func storeUnits(_ entries: [(key: UnitCacheKey, archive: [UInt8])], output: String) throws {
        try storeUnits(entries.map { (key: $0.key, archive: $0.archive, stamp: nil) }, output: output)
    }

    /// Stores `entries`, each with the stamp of its file when it was hashed (nil: none to trust),
    /// in one transaction.
    public func storeUnits(_ entries: [(key: UnitCacheKey, archive: [UInt8], stamp: String?)], output: String) throws {
        guard !entries.isEmpty else { return }
        try database.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO unit_cache (output, unit, content, shaping, archive, stamp)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            for entry in entries {
                try insert.execute(arguments: [
                    output, entry.key.unit, entry.key.content, entry.key.shaping, Data(entry.archive), entry.stamp,
                ])
            }
        }
    }

    /// How many entries the cache holds for `output` (tests and the manifest's reader).
    public func cachedUnitCount(output: String) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM unit_cache WHERE output = ?", arguments: [output]) ?? 0
        }
    }

    /// Deletes the entries of `use.output` that are not in `use.keys`.
    static func prune(_ db: Database, keeping use: UnitCacheUse) throws {
        // Keyed, so that the `NOT EXISTS` below is a lookup per entry, not a scan of every used key.
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS used_unit (
                    unit TEXT NOT NULL, content TEXT NOT NULL, shaping TEXT NOT NULL,
                    PRIMARY KEY (unit, content, shaping)) WITHOUT ROWID
                """)
        try db.execute(sql: "DELETE FROM used_unit")
        let insert = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO used_unit (unit, content, shaping) VALUES (?, ?, ?)")
        for key in use.keys {
            try insert.execute(arguments: [key.unit, key.content, key.shaping])
        }
        try db.execute(
            sql: """
                DELETE FROM unit_cache WHERE output = ? AND NOT EXISTS (
                    SELECT 1 FROM used_unit u
                    WHERE u.unit = unit_cache.unit AND u.content = unit_cache.content AND u.shaping = unit_cache.shaping)
                """,
            arguments: [use.output])
        try db.execute(sql: "DELETE FROM used_unit")
    }
}
