import Foundation

/// The text of a JSON value as chat exports write it: a string, a number written for an id
/// (`"id": 1234`), or rich text as an array of plain strings and entity objects (`{"type": "bold",
/// "text": "…"}`, Telegram's `text` and `text_entities`), whose pieces join without a separator.
enum JSONText {
    /// A string, or a number's decimal form; `nil` for anything else (null, objects, arrays).
    static func scalar(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            return string
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// A string, or the pieces of a rich-text array concatenated (entity objects by their `text`).
    static func rich(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        guard let pieces = value as? [Any] else { return nil }
        var text = ""
        for piece in pieces {
            if let string = piece as? String {
                text += string
            } else if let entity = piece as? [String: Any], let string = entity["text"] as? String {
                text += string
            }
        }
        return text
    }
}
