/// Something about the input that a CX analyst must know: a file or record that could not be read,
/// or was read only in part.
///
/// Findings are values collected during the run and written to `errors.csv`; a bad record never
/// stops the run (the swift-format `Finding` / diagnostics split).
public struct Finding: Sendable, Hashable, Comparable {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// The record or file was rejected: nothing of it reached the reports.
        case error
        /// The record was read, but something in it was dropped or guessed (an unknown charset,
        /// an out-of-range score).
        case warning
    }

    /// Path relative to the corpus root.
    public var source: String
    /// Position inside the file (`line 12`, `message 3`), empty for the whole file.
    public var position: String
    /// Why, in words an analyst understands.
    public var reason: String
    public var severity: Severity
    /// Sort key inside the file.
    public var ordinal: Int

    public init(source: String, position: String = "", reason: String, severity: Severity = .error, ordinal: Int = 0) {
        self.source = source
        self.position = position
        self.reason = reason
        self.severity = severity
        self.ordinal = ordinal
    }

    /// `value` as a reason quotes it: at most `limit` characters, then `…`, so that a hostile 50 MB
    /// cell cannot make a 50 MB row of `errors.csv`.
    public static func excerpt(_ value: some StringProtocol, limit: Int = 60) -> String {
        value.count > limit ? String(value.prefix(limit)) + "…" : String(value)
    }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.source, lhs.ordinal, lhs.position, lhs.reason) < (rhs.source, rhs.ordinal, rhs.position, rhs.reason)
    }
}
