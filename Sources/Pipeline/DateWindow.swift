import Foundation

/// The `--since` / `--until` selection: whole UTC days, both ends included.
struct DateWindow: Sendable {
    var since: Date?
    var until: Date?

    /// Whether a verbatim dated `date` is selected; undated verbatims are selected only without a window.
    func contains(_ date: Date?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        // `until` names a day: everything before the next midnight is in.
        if let until, date >= until.addingTimeInterval(86_400) { return false }
        return true
    }
}
