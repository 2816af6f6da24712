/// The language of a verbatim, as identified or declared.
///
/// `unknown` is kept distinct so that a report can count what could not be identified rather than
/// silently filing it under English.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
    case fr
    case en
    case unknown = "und"

    /// Reads an ISO 639-1 tag or a BCP 47 tag such as `fr-FR`, `en_GB`, `French`; `nil` for anything else.
    public init?(tag: String) {
        let lowered = tag.lowercased()
        if lowered.hasPrefix("fr") {
            self = .fr
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
