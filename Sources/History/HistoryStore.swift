public import Aggregation
public import Foundation
import GRDB

/// The run history: every run's aggregates in SQLite, so the next run can say what changed.
///
/// One row per run in `run`, one per hot-spot row in `aggregate`. Runs are identified by their
/// date (the `--as-of` date, by default the start of the run); re-running the same date replaces it,
/// so a re-run after a fix does not count as a new night. A run's row is committed in the same
/// transaction as the report generation it produced (`generation`), so that the reports and the
/// history never disagree after a kill.
public struct HistoryStore: Sendable {
    /// One stored run.
    public struct Run: Sendable, Hashable {
        /// The run's identifier, its date in ISO 8601.
        public var id: String
        /// The date the run reported as of (`--as-of`, else when it started).
        public var date: Date
        /// The run's aggregates, one per touchpoint and theme.
        public var rows: [AggregateSnapshot]
    }

    /// A store that SQLite reads but finds damaged (`PRAGMA quick_check` is not `ok`).
    public struct Damage: Error, CustomStringConvertible, Sendable {
        /// What SQLite's check reported, for the finding and the summary.
        public var description: String
    }

    /// How long a write waits for another process holding the database (a history shared by two
    /// `--out` folders) before it fails: a nightly run can afford to wait, not to lose its row.
    public static let busyTimeout: TimeInterval = 60

    let database: DatabaseQueue

    /// Opens (and creates or migrates) the store at `url`; throws `Damage` (or SQLite's
    /// `SQLITE_NOTADB` / `SQLITE_CORRUPT`) when the file is not a sound database.
    public init(url: URL) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        database = try DatabaseQueue(path: url.path, configuration: configuration)
        let check = try database.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard check == ["ok"] else {
            throw Damage(description: check.prefix(3).joined(separator: "; "))
        }
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id TEXT PRIMARY KEY NOT NULL,
                        date REAL NOT NULL,
                        verbatims INTEGER NOT NULL
                    );
                    CREATE TABLE aggregate (
                        run_id TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        touchpoint TEXT NOT NULL,
                        theme TEXT NOT NULL,
                        n INTEGER NOT NULL,
                        negative INTEGER NOT NULL,
                        positive INTEGER NOT NULL,
                        promoters INTEGER NOT NULL,
                        passives INTEGER NOT NULL,
                        detractors INTEGER NOT NULL,
                        PRIMARY KEY (run_id, touchpoint, theme)
                    );
                    CREATE INDEX run_date ON run(date);
                    """)
        }
        // The report generations whose run is recorded here, per output folder: the last one is
        // the set that must be current (`ReportFolder` rolls forward to it after a kill).
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    CREATE TABLE generation (
                        output TEXT NOT NULL,
                        name TEXT NOT NULL,
                        run_id TEXT NOT NULL,
                        committed_at REAL NOT NULL,
                        PRIMARY KEY (output, name)
                    );
                    """)
        }
        Self.registerUnitCache(in: &migrator)
        Self.registerUnitStamps(in: &migrator)
        try migrator.migrate(database)
    }

    /// A report generation to record as done with its run: its folder name inside `output`.
    public struct Generation: Sendable, Hashable {
        /// The output folder's key (`ReportFolder.key`), so that two `--out` folders sharing a history stay apart.
        public var output: String
        /// The generation folder's name inside that output folder.
        public var name: String

        /// A generation `name` of the output folder `output`.
        public init(output: String, name: String) {
            self.output = output
            self.name = name
        }
    }

    /// Stores a run, replacing any run with the same id, and records `generation` as done in the
    /// same transaction.
    /// `keepingUnits`, when given, also drops in that transaction every cache entry of its output
    /// folder that the run did not use (`HistoryStore+UnitCache.swift`).
    public func append(
        id: String, date: Date, verbatims: Int, rows: [AggregateSnapshot], generation: Generation? = nil,
        keepingUnits: UnitCacheUse? = nil
    ) throws {
        try database.write { db in
            if let keepingUnits { try Self.prune(db, keeping: keepingUnits) }
            if let generation {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO generation (output, name, run_id, committed_at) VALUES (?, ?, ?, ?)",
                    arguments: [generation.output, generation.name, id, Date().timeIntervalSince1970])
            }
            try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [id])
            try db.execute(
                sql: "INSERT INTO run (id, date, verbatims) VALUES (?, ?, ?)",
                arguments: [id, date.timeIntervalSince1970, verbatims])
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT INTO aggregate (run_id, touchpoint, theme, n, negative, positive, promoters, passives, detractors)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, row.touchpoint, row.theme, row.count, row.negative, row.positive, row.nps.promoters,
                        row.nps.passives, row.nps.detractors,
                    ])
            }
        }
    }

    /// The name of the last generation recorded as done for `output`, if any.
    public func lastGeneration(output: String) throws -> String? {
        try database.read { db in
            try String.fetchOne(
                db, sql: "SELECT name FROM generation WHERE output = ? ORDER BY committed_at DESC, rowid DESC LIMIT 1",
                arguments: [output])
        }
    }

    /// Runs dated in `[from, to)`, oldest first, excluding `excluding`.
    public func runs(from: Date, to: Date, excluding: String? = nil) throws -> [Run] {
        try database.read { db in
            let headers = try Row.fetchAll(
                db, sql: "SELECT id, date FROM run WHERE date >= ? AND date < ? ORDER BY date, id",
                arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            var runs: [Run] = []
            for header in headers {
                // `decode` throws where a subscript would stop the process: a history edited by hand
                // or damaged in a way `quick_check` cannot see must cost the trend, not the night.
                let id = try header.decode(String.self, forColumn: "id")
                if id == excluding { continue }
                let date = Date(timeIntervalSince1970: try header.decode(Double.self, forColumn: "date"))
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM aggregate WHERE run_id = ? ORDER BY touchpoint, theme", arguments: [id]
                ).map { row in
                    AggregateSnapshot(
                        touchpoint: try row.decode(String.self, forColumn: "touchpoint"),
                        theme: try row.decode(String.self, forColumn: "theme"),
                        count: try row.decode(Int.self, forColumn: "n"),
                        negative: try row.decode(Int.self, forColumn: "negative"),
                        positive: try row.decode(Int.self, forColumn: "positive"),
                        nps: NPSTally(
                            promoters: try row.decode(Int.self, forColumn: "promoters"),
                            passives: try row.decode(Int.self, forColumn: "passives"),
                            detractors: try row.decode(Int.self, forColumn: "detractors")))
                }
                runs.append(Run(id: id, date: date, rows: rows))
            }
            return runs
        }
    }

    /// The latest run dated before `date`, if any.
    public func previousRun(before date: Date, excluding: String? = nil) throws -> Run? {
        try runs(from: .distantPast, to: date, excluding: excluding).last
    }
}
