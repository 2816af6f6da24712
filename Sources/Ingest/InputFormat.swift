/// The input formats Verbatim recognises, by content first and extension second.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// One RFC 5322 message (`.eml`, or a Maildir `cur/`/`new/` file).
    case eml
    /// A Unix mailbox of `From `-separated messages.
    case mbox
    /// A plain-text chat transcript (`[hh:mm] Name: message`, WhatsApp exports …).
    case chatText = "chat-text"
    /// A JSON or JSON Lines chat export.
    case chatJSON = "chat-json"
    /// A CSV of chat messages: customer-support tweets (`author_id`, `inbound`,
    /// `in_response_to_tweet_id`), read one conversation per thread.
    case chatCSV = "chat-csv"
    /// A saved review web page.
    case reviewHTML = "review-html"
    /// A survey export (CSV, TSV, TXT).
    case survey
}
