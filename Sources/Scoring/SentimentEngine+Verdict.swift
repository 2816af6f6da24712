import TextProcessing
import VerbatimModel

/// The verdict: the text's score and label from its weighted clauses.
extension SentimentEngine {
    /// Verbatim score and label from the clauses.
    static func aggregate(_ clauses: MutableBufferView<ScoringScratch.Clause>) -> (Double, SentimentLabel) {
        var total = 0.0
        var voiced = 0
        var positive = 0.0
        var negative = 0.0
        for clause in clauses where clause.raw != 0 {
            let weighted = clause.raw * clause.weight
            total += weighted
            voiced += 1
            if weighted > 0 { positive += weighted } else { negative -= weighted }
        }
        guard voiced > 0 else { return (0, .neutral) }
        // Dividing by √(clauses with sentiment) keeps a long e-mail from saturating at ±1 while
        // still letting agreement across clauses strengthen the score.
        let damped = total / Double(voiced).squareRoot()
        let score = damped / (damped * damped + SentimentRules.normalisationAlpha).squareRoot()
        // Balance is judged on unweighted strength: the negativity weight corrects lexicon bias in
        // the score, it does not make a complaint outweigh an equally strong compliment.
        let negativeStrength = negative
        if positive >= SentimentRules.mixedMinimumMass && negativeStrength >= SentimentRules.mixedMinimumMass
            && min(positive, negativeStrength) >= SentimentRules.mixedBalance * max(positive, negativeStrength)
        {
            return (score, .mixed)
        }
        if score >= SentimentRules.neutralBand { return (score, .positive) }
        if score <= -SentimentRules.neutralBand { return (score, .negative) }
        return (score, .neutral)
    }

    /// Normalised clause score.
    static func normalise(_ raw: Double) -> Double {
        raw / (raw * raw + SentimentRules.normalisationAlpha).squareRoot()
    }
}
