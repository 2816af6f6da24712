import Foundation

/// Who speaks in a chat turn.
enum ChatRole: Sendable, Equatable {
    case customer
    case agent
    case bot
    /// Joins, transfers, end of session: no one's words.
    case system
}

/// One turn of a chat conversation, as a reader found it, before roles are decided.
struct ChatTurn: Sendable {
    /// Order in the file (line number, message number).
    var ordinal: Int
    /// Human-readable position (`line 12`, `message 3`).
    var position: String
    /// The speaker as written, empty for a system line.
    var speaker: String
    /// A role the input states itself (`"role": "agent"`, a system line), which wins over name patterns.
    var declaredRole: ChatRole?
    var text: String
    var date: Date?
    /// The time field as written when it holds a date no reader could read (`2025-13-45T99:99:99Z`):
    /// the turn is kept undated and the reader says so.
    var unreadableDate: String? = nil

    /// The speaker of stamped lines that name nobody (`(11:20) est-ce que vous avez…`).
    static let unnamedSpeaker = "(unnamed)"
}
