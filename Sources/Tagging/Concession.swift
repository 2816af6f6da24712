import VerbatimModel

/// The journey steps a verbatim only concedes: judged one way before a contrast connective whose
/// own part judges another step the other way, the verbatim as a whole leaning as that part does
/// (`slow delivery but the bookcase is perfect, so worth it`: a product review).
///
/// In `p but q` the speaker grants `p` and argues for the conclusion `q` points to: `p` and `q`
/// argue for opposite conclusions, `q` is the stronger argument and the utterance as a whole goes
/// its way (Anscombre & Ducrot, "Deux *mais* en français ?", Lingua 43, 1977; Lakoff 1971 on `but`
/// as denial of expectation, as in `AspectScorer`). So the step `q` judges is what the verbatim is
/// about, and the step `p` judges the other way is its circumstance. `TouchpointResolver` sets
/// conceded steps aside when it places a verbatim, before its "where it hurts most" rule.
///
/// Only a true concession counts, read off the scores: the two steps judged with opposite signs
/// beyond the scorer's neutral band, and the verbatim's score of the conclusion's sign (`agrees`).
/// A flat sequence of facts (`you took the payment but my order doesn't show in my account`) argues
/// for nothing we can read; a conclusion the verbatim does not follow (`la livraison, un cauchemar,
/// mais la qualité est correcte`, still a complaint) is no verdict; a conclusion naming no step
/// (`livraison rapide mais SAV injoignable`: how the customer reached the shop) concedes nothing.
///
/// The scope of a contrast is its sentence: the clauses before it in that sentence (or the whole
/// sentence before, when the connective opens its own sentence: `Delivery was slow. But the sofa is
/// perfect.`) are granted, its own clause and those after it up to the sentence end conclude. A
/// step that also concludes a contrast is not conceded.
enum Concession {
    /// True when a step judged `score` can be the conclusion of a verbatim scored `verdict`: both
    /// beyond the scorer's neutral band (`TouchpointResolver.praiseFloor`) and of one sign, since the
    /// utterance as a whole goes the way of its conclusion.
    static func agrees(_ score: Double, with verdict: Double) -> Bool {
        let floor = TouchpointResolver.praiseFloor
        return score >= floor && verdict >= floor || score <= -floor && verdict <= -floor
    }

    /// Label indices (`ThemeDetector.themeIDs`) of the themes `occurrences` only concede; empty
    /// when no clause opens a contrast. `judged` gives a journey step theme's sentiment, nil for any
    /// other theme. A conclusion argues for its steps judged as the whole verbatim is (`verdict`,
    /// `agrees`), and concedes only the steps judged the other way (`p` and `q` argue for opposite
    /// conclusions).
    static func conceded(
        _ occurrences: [ThemeDetector.Occurrence], clauses: [ClauseScore], verdict: Double, judged: (Int) -> Double?
    ) -> Set<Int> {
        guard occurrences.count > 1, clauses.contains(where: \.opensContrast) else { return [] }
        let placed = occurrences.compactMap { occurrence in
            AspectScorer.clauseIndex(at: occurrence.byteStart, in: clauses).map { (occurrence.theme, $0) }
        }
        var conceded = Set<Int>()
        var concluding = Set<Int>()
        for (contrast, clause) in clauses.enumerated() where clause.opensContrast {
            let conclusion = placed.filter { $0.1 >= contrast && clauses[$0.1].sentence == clause.sentence }
            guard conclusion.contains(where: { judged($0.0).map { agrees($0, with: verdict) } ?? false }) else {
                continue
            }
            let opening = contrast == 0 || clauses[contrast - 1].sentence != clause.sentence
            let grantedSentence = opening ? clause.sentence - 1 : clause.sentence
            for (theme, index) in placed where index < contrast && clauses[index].sentence == grantedSentence {
                // Judged the other way from the conclusion, which goes the verdict's way.
                if let score = judged(theme), agrees(score, with: -verdict) { conceded.insert(theme) }
            }
            concluding.formUnion(conclusion.map(\.0))
        }
        return conceded.subtracting(concluding)
    }
}
