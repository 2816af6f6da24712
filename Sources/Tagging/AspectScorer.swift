import VerbatimModel

/// Gives a theme the sentiment of the clause that mentions it (aspect-level sentiment), so that
/// `livraison rapide mais lampe cassée` yields a positive delivery and a negative product defect.
enum AspectScorer {
    /// The score of the clause whose UTF-8 span holds `byte`; between clauses (on punctuation the
    /// scorer left out) the clause just before; the verbatim score when there are no clauses.
    static func score(at byte: Int, in sentiment: SentimentResult) -> Double {
        var before: ClauseScore?
        for clause in sentiment.clauses {
            if clause.start <= byte && byte < clause.end { return clause.score }
            if clause.start <= byte, before.map({ clause.start >= $0.start }) ?? true { before = clause }
        }
        return before?.score ?? sentiment.clauses.first?.score ?? sentiment.score
    }

    /// One mention per theme in order of first mention, each with the mean score of the clauses
    /// that mention it: a theme praised once and blamed once is honestly mixed.
    static func mentions(
        of occurrences: [ThemeDetector.Occurrence], themeIDs: [String], sentiment: SentimentResult
    ) -> [ThemeMention] {
        var order: [Int] = []
        var sums: [Int: (total: Double, count: Int)] = [:]
        for occurrence in occurrences {
            let score = Self.score(at: occurrence.byteStart, in: sentiment)
            if let sum = sums[occurrence.theme] {
                sums[occurrence.theme] = (sum.total + score, sum.count + 1)
            } else {
                order.append(occurrence.theme)
                sums[occurrence.theme] = (score, 1)
            }
        }
        return order.map { theme in
            let sum = sums[theme] ?? (0, 1)
            return ThemeMention(theme: themeIDs[theme], sentiment: sum.total / Double(sum.count))
        }
    }
}
