import GRDB

/// The file stamps of the incremental cache: with each entry, the stamp (`FileStamp` in Ingest) its
/// file had when its content was hashed, so that a later run finding the same stamp trusts the
/// stored content hash without reading the file (`UnitCache` in Pipeline says when).
extension HistoryStore {
    /// The migration that adds the stamp column (nullable: an entry without one is hashed again).
    static func registerUnitStamps(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4") { db in
            try db.execute(sql: "ALTER TABLE unit_cache ADD COLUMN stamp TEXT")
        }
    }

    /// What the cache knows of a unit's file, for the runs of one shaping: the stamp its file had
    /// when its content was hashed, and that content hash.
    public struct UnitStamp: Sendable, Hashable {
        /// The file's stamp.
        public var stamp: String
        /// The content hash taken with that stamp.
        public var content: String

        /// `content`, hashed when the file's stamp was `stamp`.
        public init(stamp: String, content: String) {
            self.stamp = stamp
            self.content = content
        }
    }

    /// The stamped entries of `output` for `shaping`, by unit: one query, read once per run.
    public func unitStamps(output: String, shaping: String) throws -> [String: UnitStamp] {
        try database.read { db in
            var stamps: [String: UnitStamp] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT unit, content, stamp FROM unit_cache WHERE output = ? AND shaping = ? AND stamp IS NOT NULL",
                arguments: [output, shaping])
            while let row = try rows.next() {
                let unit = try row.decode(String.self, forColumn: "unit")
                stamps[unit] = UnitStamp(
                    stamp: try row.decode(String.self, forColumn: "stamp"),
                    content: try row.decode(String.self, forColumn: "content"))
            }
            return stamps
        }
    }

    /// Records `stamps` on entries already stored (a reused entry whose file was hashed again, its
    /// bytes unchanged but its stamp new), in one transaction.
    public func restampUnits(_ stamps: [(key: UnitCacheKey, stamp: String)], output: String) throws {
        guard !stamps.isEmpty else { return }
        try database.write { db in
            let update = try db.cachedStatement(
                sql: "UPDATE unit_cache SET stamp = ? WHERE output = ? AND unit = ? AND content = ? AND shaping = ?")
            for entry in stamps {
                try update.execute(arguments: [
                    entry.stamp, output, entry.key.unit, entry.key.content, entry.key.shaping,
                ])
            }
        }
    }
}
