public import VerbatimModel

/// Keeps the few verbatims that best illustrate a group, in bounded memory and deterministically.
///
/// A quote is chosen for how strongly it carries the group's sentiment, preferring texts an analyst
/// can read aloud in a meeting (between `idealLength` bounds), and ties go to the earlier source so
/// that the same corpus always yields the same quotes.
public struct ExampleShortlist: Sendable {
    public let capacity: Int
    public let preferNegative: Bool
    public private(set) var items: [AnalysedVerbatim] = []
    /// The merit of the last kept item, cached: most offers are rejected against it.
    private var worstMerit: Double?

    /// Quotes between these sizes (UTF-8 bytes, about one per character in French and English) read
    /// well on a slide; longer or shorter ones are penalised.
    static let idealLength = 25...260

    public init(capacity: Int, preferNegative: Bool) {
        self.capacity = capacity
        self.preferNegative = preferNegative
    }

    /// How well `record` illustrates the list's direction; higher is better, `nil` when it does not fit.
    func merit(_ record: AnalysedVerbatim) -> Double? {
        merit(score: record.sentiment.score, length: record.verbatim.text.utf8.count)
    }

    /// The merit of a quote of `length` UTF-8 bytes counted with sentiment `score`.
    private func merit(score: Double, length: Int) -> Double? {
        let directional = preferNegative ? -score : score
        guard directional > 0 else { return nil }
        let readability = Self.idealLength.contains(length) ? 1.0 : 0.6
        return directional * readability
    }

    /// Considers one verbatim.
    public mutating func offer(_ record: AnalysedVerbatim) {
        offer(record, aspect: nil)
    }

    /// Considers one verbatim, counted with the sentiment of `aspect` when given (a theme cell,
    /// `GroupStatistics.add(_:aspect:)`). Most offers are rejected on their merit alone, so the
    /// cell's copy of the record (`AnalysedVerbatim.aspect`) is made only for a quote that is kept.
    mutating func offer(_ record: AnalysedVerbatim, aspect: ThemeMention?) {
        let score = aspect?.sentiment ?? record.sentiment.score
        guard let value = merit(score: score, length: record.verbatim.text.utf8.count) else { return }
        if items.count == capacity, let worstValue = worstMerit, worstValue >= value {
            return
        }
        // A near-duplicate of a kept quote adds nothing.
        if items.contains(where: { $0.verbatim.text == record.verbatim.text }) { return }
        var updated = items
        updated.append(aspect.map { record.aspect($0) } ?? record)
        updated.sort { lhs, rhs in
            let left = merit(lhs) ?? 0
            let right = merit(rhs) ?? 0
            return left != right ? left > right : lhs.verbatim.source < rhs.verbatim.source
        }
        if updated.count > capacity { updated.removeLast() }
        items = updated
        worstMerit = items.last.flatMap(merit)
    }
}
