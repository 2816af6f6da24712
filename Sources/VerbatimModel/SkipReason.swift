/// Why a message or turn was deliberately not analysed; counted, never silently dropped.
public enum SkipReason: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Written by the company (an agent, a company address).
    case agent
    /// Written by a bot or virtual assistant.
    case bot
    /// An automatic reply (out of office, `Auto-Submitted`, `X-Autoreply`).
    case autoReply = "auto-reply"
    /// A delivery failure report (`multipart/report`, MAILER-DAEMON).
    case bounce
    /// Bulk or list mail (`Precedence: bulk|list|junk`).
    case bulk
    /// A system line of a chat (joins, transfers).
    case system
    /// A turn or message with no text left after clean-up.
    case empty
    /// A survey comment that says nothing ("RAS", "-", "N/A"), or a chat turn without a word (an
    /// order number, an e-mail address or a placeholder alone, see `WordlessTurn`).
    case noContent = "no-content"
    /// The same review seen on another page.
    case duplicate
    /// A review page without any review yet (a product, an aggregate rating): the whole input.
    case noReview = "no-review"

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool { lhs.rawValue < rhs.rawValue }
}
