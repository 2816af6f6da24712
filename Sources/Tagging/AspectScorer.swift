import VerbatimModel

/// Gives a theme the sentiment of the words that govern it (aspect-level sentiment), so that
/// `livraison rapide mais lampe cassée` yields a positive delivery and a negative product defect.
///
/// The governing words, nearest first:
/// 1. The theme's own clause, when a word of it carries sentiment. A negation scoping over the
///    theme (`le service n'était pas à la hauteur`, `I did not like the food`) is inside that clause
///    and the scorer has already applied it to the clause score.
/// 2. Otherwise the clause its clause attaches to: the nearest clause of the same sentence that has
///    an opinion, the following ones first, then the preceding ones. Spoken and review French
///    detaches the topic and puts the comment after it (left dislocation: `le service, rien à dire,
///    parfait`; `côté prix : raisonnable`), and less often before it (right dislocation:
///    `excellent, le repas`); English does the same (`as for the food, superb`) (Lambrecht,
///    *Information Structure and Sentence Form*, 1994, on topic–comment and dislocation). A list
///    joined under one negation (`ni l'accueil, ni le service n'étaient agréables`) reads the same
///    way: the opinion and its negation sit in the last member.
/// 3. Never across a contrast connective: a clause opened by `mais`, `but`, `par contre`,
///    `cependant` starts an opinion that denies what came before (Lakoff, "If's, and's and but's
///    about conjunction", 1971: `but` marks a denial of expectation), so neither side lends its
///    opinion to the other.
/// 4. Otherwise the verbatim's own score: a theme named in a sentence with no opinion at all
///    (`nous avons pris le menu du jour.`) is judged by the review as a whole.
///
/// A theme mentioned several times takes the mean of its directly judged mentions (step 1); only
/// when none is judged directly does it take the mean of what its mentions inherit.
enum AspectScorer {
    /// The sentiment governing a theme mentioned at UTF-8 offset `byte`, and whether it comes from
    /// the theme's own clause.
    static func governing(at byte: Int, in sentiment: SentimentResult) -> (score: Double, direct: Bool) {
        let clauses = sentiment.clauses
        guard let own = clauseIndex(at: byte, in: clauses) else { return (sentiment.score, false) }
        if clauses[own].hasOpinion { return (clauses[own].score, true) }
        let sentence = clauses[own].sentence
        // Following clauses of the sentence, up to a contrast connective.
        var next = own + 1
        while next < clauses.count && clauses[next].sentence == sentence && !clauses[next].opensContrast {
            if clauses[next].hasOpinion { return (clauses[next].score, false) }
            next += 1
        }
        // Preceding clauses, unless a contrast connective opens the clause after them.
        var previous = own - 1
        while previous >= 0 && clauses[previous].sentence == sentence && !clauses[previous + 1].opensContrast {
            if clauses[previous].hasOpinion { return (clauses[previous].score, false) }
            previous -= 1
        }
        return (sentiment.score, false)
    }

    /// The clause whose UTF-8 span holds `byte`; between clauses (on punctuation the scorer left
    /// out) the clause just before; the first clause before any; nil when there are no clauses.
    static func clauseIndex(at byte: Int, in clauses: [ClauseScore]) -> Int? {
        var before: Int?
        for (index, clause) in clauses.enumerated() {
            if clause.start <= byte && byte < clause.end { return index }
            if clause.start <= byte, before.map({ clause.start >= clauses[$0].start }) ?? true { before = index }
        }
        return before ?? (clauses.isEmpty ? nil : 0)
    }

    /// One mention per theme in order of first mention, each with the mean sentiment of its directly
    /// judged mentions (a theme praised once and blamed once is honestly mixed), or, when none is,
    /// the mean of what its mentions inherit.
    static func mentions(
        of occurrences: [ThemeDetector.Occurrence], themeIDs: [String], sentiment: SentimentResult
    ) -> [ThemeMention] {
        var order: [Int] = []
        // Per theme: sum and count of direct scores, then of inherited ones.
        var sums: [Int: (direct: Double, directCount: Int, inherited: Double, inheritedCount: Int)] = [:]
        for occurrence in occurrences {
            let (score, direct) = governing(at: occurrence.byteStart, in: sentiment)
            var sum = sums[occurrence.theme] ?? (0, 0, 0, 0)
            if sums[occurrence.theme] == nil { order.append(occurrence.theme) }
            if direct {
                sum.direct += score
                sum.directCount += 1
            } else {
                sum.inherited += score
                sum.inheritedCount += 1
            }
            sums[occurrence.theme] = sum
        }
        return order.map { theme in
            let sum = sums[theme] ?? (0, 0, 0, 1)
            let score =
                sum.directCount > 0
                ? sum.direct / Double(sum.directCount) : sum.inherited / Double(max(sum.inheritedCount, 1))
            return ThemeMention(theme: themeIDs[theme], sentiment: score)
        }
    }
}
