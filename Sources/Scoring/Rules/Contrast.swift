import Lexicons
import TextProcessing

/// Contrast: after `mais`/`but` what follows weighs more and what precedes less (VADER's
/// `_but_check`: ×1.5 after, ×0.5 before); `bien que`/`although` weighs the clause it opens less
/// and the next one more. `SentimentEngine.buildClauses` starts a clause at each connective.
///
/// Lexicon role: `contrast.tsv` (kinds `but`, `although`).
enum Contrast {
    /// Weighs the clauses around each contrast connective.
    static func weigh(_ context: RuleContext) {
        let clauses = context.clauses
        let items = context.items
        for c in clauses.indices {
            let contrast = items[clauses[c].first].entry.contrast
            guard contrast != .none else { continue }
            let sentence = clauses[c].sentence
            if contrast == .but {
                weighBut(c, opensSentence: opensSentence(c, context), context)
            } else {
                clauses[c].weight *= SentimentRules.beforeContrastWeight
                if c + 1 < clauses.count && clauses[c + 1].sentence == sentence {
                    clauses[c + 1].weight *= SentimentRules.afterContrastWeight
                }
            }
        }
    }

    /// True when `but` at clause `c` opens its sentence: no earlier clause of it has a word (a
    /// clause can be a lone closing parenthesis after `...)`). It then contrasts with the sentence
    /// before.
    private static func opensSentence(_ c: Int, _ context: RuleContext) -> Bool {
        let clauses = context.clauses
        let items = context.items
        let sentence = clauses[c].sentence
        var earlier = c - 1
        while earlier >= 0 && clauses[earlier].sentence == sentence {
            if (clauses[earlier].first..<clauses[earlier].end).contains(where: { items[$0].kind != .punctuation }) {
                return false
            }
            earlier -= 1
        }
        return true
    }

    private static func weighBut(_ c: Int, opensSentence: Bool, _ context: RuleContext) {
        let clauses = context.clauses
        let sentence = clauses[c].sentence
        for d in 0..<c where clauses[d].sentence == sentence || (opensSentence && clauses[d].sentence == sentence - 1) {
            clauses[d].weight *= SentimentRules.beforeContrastWeight
        }
        var d = c
        while d < clauses.count && clauses[d].sentence == sentence {
            clauses[d].weight *= SentimentRules.afterContrastWeight
            d += 1
        }
    }
}
