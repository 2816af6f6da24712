/// The kind of conversation a verbatim comes from.
public enum Channel: String, Sendable, Hashable, CaseIterable, Comparable {
    case email
    case chat
    case review
    case survey

    public static func < (lhs: Channel, rhs: Channel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
