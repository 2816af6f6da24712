import VerbatimModel

/// Gives a theme the sentiment of the words that govern it (aspect-level sentiment), so that
/// `livraison rapide mais lampe cassée` yields a positive delivery and a negative product defect.
///
/// The governing words, nearest first:
/// 1. The theme's own clause, when a word of it carries sentiment. A negation scoping over the
///    theme (`le service n'était pas à la hauteur`, `I did not like the food`) is inside that clause
///    and the scorer has already applied it to the clause score.
/// 2. Otherwise half the opinion of the clause its clause attaches to (`inferredFactor`): the
///    nearest clause of the same sentence that has an opinion, the following ones first, then the
///    preceding ones. Spoken and review French
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
/// 4. Otherwise the verbatim's own score, halved (`inferredFactor`): a theme named in a sentence
///    with no opinion at all (`nous avons pris le menu du jour.`) is presumed judged as the review
///    as a whole, more weakly than a theme judged in words.
///
/// A theme mentioned several times takes the mean of its directly judged mentions (step 1), each
/// weighted as the scorer weighs its clause in the verbatim score (more after `mais`/`but`, less
/// before it, more in the opening and closing sentences: `SentimentRules`), so that `bons plats,
/// mais les desserts décevants` leans as the review does; only when none is judged directly does
/// it take the plain mean of what its mentions inherit.
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
            if clauses[next].hasOpinion { return (clauses[next].score * inferredFactor, false) }
            next += 1
        }
        // Preceding clauses, unless a contrast connective opens the clause after them.
        var previous = own - 1
        while previous >= 0 && clauses[previous].sentence == sentence && !clauses[previous + 1].opensContrast {
            if clauses[previous].hasOpinion { return (clauses[previous].score * inferredFactor, false) }
            previous -= 1
        }
        return (sentiment.score * inferredFactor, false)
    }

    /// Multiplier of an opinion a theme inherits rather than states: the opinion of the clause its
    /// clause attaches to (an attachment guessed from punctuation, without a parser, so it may
    /// belong to another theme of that clause), or the verbatim score when no clause of its sentence
    /// judges it (the review's verdict is only presumed to extend to the theme: reviewers' overall
    /// impression colours their judgement of each attribute, the halo effect: Beckwith & Lehmann,
    /// "The importance of halo effects in multi-attribute attitude models", Journal of Marketing
    /// Research 12(3), 1975). An inherited opinion counts half a stated one, as a partial negation
    /// halves a word (`SentimentRules.partialNegationFactor`), so that a theme judged in its own
    /// words outranks one that borrows the same opinion when the touchpoint is chosen (`l'applique
    /// est arrivée, elle est superbe et de très bonne qualité`: product quality, not the delivery)
    /// (Verbatim).
    static let inferredFactor = 0.5

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

    /// One mention per theme in order of first mention, each with the weighted mean sentiment of its
    /// directly judged mentions (a theme praised once and blamed once is honestly mixed), or, when
    /// none is, the mean of what its mentions inherit.
    static func mentions(
        of occurrences: [ThemeDetector.Occurrence], themeIDs: [String], sentiment: SentimentResult
    ) -> [ThemeMention] {
        var order: [Int] = []
        var tallies: [Int: Tally] = [:]
        for occurrence in occurrences {
            let (score, direct) = governing(at: occurrence.byteStart, in: sentiment)
            if tallies[occurrence.theme] == nil { order.append(occurrence.theme) }
            var tally = tallies[occurrence.theme] ?? Tally()
            if direct, let own = clauseIndex(at: occurrence.byteStart, in: sentiment.clauses) {
                tally.addDirect(score, weight: sentiment.clauses[own].weight)
            } else {
                tally.inherited += score
                tally.inheritedCount += 1
            }
            tallies[occurrence.theme] = tally
        }
        return order.map { ThemeMention(theme: themeIDs[$0], sentiment: tallies[$0]?.score ?? 0) }
    }

    /// The mentions of one theme so far.
    private struct Tally {
        var weighted = 0.0
        var weights = 0.0
        var direct = 0.0
        var directCount = 0
        var inherited = 0.0
        var inheritedCount = 0

        mutating func addDirect(_ score: Double, weight: Double) {
            weighted += score * weight
            weights += weight
            direct += score
            directCount += 1
        }

        /// The weighted mean of the direct mentions (the plain mean when every weight is zero), else
        /// the mean of the inherited ones.
        var score: Double {
            if weights > 0 { return weighted / weights }
            if directCount > 0 { return direct / Double(directCount) }
            return inheritedCount > 0 ? inherited / Double(inheritedCount) : 0
        }
    }
}
