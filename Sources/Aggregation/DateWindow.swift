public import Foundation

/// The `--since` / `--until` selection: whole UTC days, both ends included.
public struct DateWindow: Sendable {
    public var since: Date?
    public var until: Date?

    /// The days from `since` to `until`, either of which may be open.
    public init(since: Date? = nil, until: Date? = nil) {
        self.since = since
        self.until = until
    }

    /// Whether a verbatim dated `date` is selected; undated verbatims are selected only without a window.
    public func contains(_ date: Date?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        // `until` names a day: everything before the next midnight is in.
        if let until, date >= until.addingTimeInterval(86_400) { return false }
        return true
    }
}
