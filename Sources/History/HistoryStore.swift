public import Aggregation
public import Foundation
import GRDB

/// The run history: every run's aggregates in SQLite, so the next run can say what changed.
///
/// One row per run in `run`, one per hot-spot row in `aggregate`. Runs are identified by their
/// date (the `--as-of` date, by default the start of the run); re-running the same date replaces it,
/// so a re-run after a fix does not count as a new night.
public struct HistoryStore: Sendable {
    /// One stored run.
    public struct Run: Sendable, Hashable {
        public var id: String
        public var date: Date
        public var rows: [AggregateSnapshot]
    }

    private let database: DatabaseQueue

    /// Opens (and creates or migrates) the store at `url`.
    public init(url: URL) throws {
        database = try DatabaseQueue(path: url.path)
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
        try migrator.migrate(database)
    }

    /// Stores a run, replacing any run with the same id.
    public func append(id: String, date: Date, verbatims: Int, rows: [AggregateSnapshot]) throws {
        try database.write { db in
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

    /// Runs dated in `[from, to)`, oldest first, excluding `excluding`.
    public func runs(from: Date, to: Date, excluding: String? = nil) throws -> [Run] {
        try database.read { db in
            let headers = try Row.fetchAll(
                db, sql: "SELECT id, date FROM run WHERE date >= ? AND date < ? ORDER BY date, id",
                arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            var runs: [Run] = []
            for header in headers {
                let id: String = header["id"]
                if id == excluding { continue }
                let date = Date(timeIntervalSince1970: header["date"])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM aggregate WHERE run_id = ? ORDER BY touchpoint, theme", arguments: [id]
                ).map { row in
                    AggregateSnapshot(
                        touchpoint: row["touchpoint"], theme: row["theme"], count: row["n"], negative: row["negative"],
                        positive: row["positive"],
                        nps: NPSTally(promoters: row["promoters"], passives: row["passives"], detractors: row["detractors"]))
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
