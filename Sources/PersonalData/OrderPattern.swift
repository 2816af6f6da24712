import Foundation

/// A shop's own order or ticket number form, from an `order_pattern<TAB>REGEX` line of
/// `verbatim-config.tsv` (ICU regular expression syntax, as `NSRegularExpression` reads it).
///
/// The number is the first capture group when the pattern has one (`commande (\d{9})`), the whole
/// match otherwise; it is normalised as the default form is: upper case, separators (space, `-`,
/// `#`, `.`, `/`, `_`) removed. A pattern runs only on texts that hold a digit: an order number
/// without one identifies nothing.
public struct OrderPattern: Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    private let expression: NSRegularExpression

    /// The compiled `source`; throws the reason when it is no valid regular expression.
    public init(_ source: String) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: source)
    }

    /// The normalised numbers `text` holds, in order.
    public func orders(in text: String) -> [String] {
        matches(in: text).compactMap { found in
            let normalised = Self.normalise(text[found])
            return normalised.isEmpty ? nil : normalised
        }
    }

    /// Where the numbers of `text` are (the first capture group, or the whole match), in order.
    public func matches(in text: String) -> [Range<String.Index>] {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            let group = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? 1 : 0
            return Range(match.range(at: group), in: text)
        }
    }

    /// Upper case, separators removed (`cmd-123 456` → `CMD123456`).
    static func normalise(_ number: Substring) -> String {
        String(number.uppercased().filter { !" -#./_\t\u{00A0}".contains($0) })
    }

    public static func == (lhs: OrderPattern, rhs: OrderPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
