/// The corpus's order and ticket number forms: the shop's own `order_pattern` lines of
/// `verbatim-config.tsv` when it names any, the default form (`OrderNumberScanner`) otherwise, less
/// the prefixes that make no order number (`lexicons/identity/not-order-prefixes.tsv`). Identity
/// evidence keys what these find and reports mask it, so that what links people is never shown.
public struct OrderNumberForms: Sendable, Hashable {
    /// The shop's forms; empty: the default form.
    public var patterns: [OrderPattern]
    /// Capital prefixes that make no order number of the default form (`TSA`, `ISO`).
    public var excludedPrefixes: Set<String>

    public init(patterns: [OrderPattern] = [], excludedPrefixes: Set<String> = []) {
        self.patterns = patterns
        self.excludedPrefixes = excludedPrefixes
    }

    /// Whether a text with `digits` ASCII digits may hold an order number: a configured pattern
    /// runs on any text with a digit, the default form needs five.
    public func mayHold(digits: Int) -> Bool {
        patterns.isEmpty ? digits >= OrderNumberScanner.digits.lowerBound : digits > 0
    }

    /// The byte ranges of the order numbers of `text` (whose UTF-8 is `bytes`), in order and
    /// without overlap. The default form is tried only at a capital that starts a word.
    public func spans(in text: String, bytes: [UInt8]) -> [Range<Int>] {
        guard patterns.isEmpty else { return patternSpans(in: text) }
        var spans: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if TextBoundary.isUpper(bytes[index]), TextBoundary.startsWord(bytes, at: index),
                let (_, end) = OrderNumberScanner.order(in: bytes, at: index, excluded: excludedPrefixes)
            {
                spans.append(index..<end)
                index = end
                continue
            }
            index += 1
        }
        return spans
    }

    /// What the configured patterns match, as UTF-8 offsets, the earliest first, overlaps dropped.
    private func patternSpans(in text: String) -> [Range<Int>] {
        let utf8 = text.utf8
        let found = patterns.flatMap { $0.matches(in: text) }.map { range in
            utf8.distance(
                from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(
                    from: utf8.startIndex, to: range.upperBound)
        }
        var spans: [Range<Int>] = []
        for span in found.sorted(by: { ($0.lowerBound, $1.upperBound) < ($1.lowerBound, $0.upperBound) })
        where !span.isEmpty && span.lowerBound >= (spans.last?.upperBound ?? 0) {
            spans.append(span)
        }
        return spans
    }
}
