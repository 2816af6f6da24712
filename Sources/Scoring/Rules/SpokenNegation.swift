import Foundation
import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Negated by a spoken negator after it, without `ne` (`j'aime pas`).
    public static let spokenNegation = Self(rawValue: 1 << 2)
}

/// Spoken French negation: without `ne`, `pas` also negates the word just before it (`j'aime
/// pas`, `ça marche pas`), the usual negation of informal French (Grevisse, *Le Bon Usage*, on the
/// omission of `ne`). A function word before it is a failure (`répond pas`); a word with a
/// contribution is negated.
///
/// Lexicon role: `negators.tsv` column `spoken` = `yes`.
enum SpokenNegation {
    /// The spoken negator at `k` (already in force as a full negator) negates the item before it.
    @inline(__always)
    static func apply(_ k: Int, _ entry: LexiconEntry, _ state: inout ClauseState, _ context: RuleContext) {
        guard entry.spokenNegator && !state.particleOpen && k > state.first else { return }
        let items = context.items
        let before = k - 1
        guard items[before].kind != .punctuation else { return }
        if items[before].contribution == 0, !items[before].entry.hasValence, items[before].entry.failureValence != 0 {
            // `ça marche pas`, `répond pas`: spoken negation of a function.
            items[before].contribution = items[before].entry.failureValence * SentimentRules.negativeWeight
            items[before].notes.formUnion([.failure, .spokenNegation])
            state.raw += Double(items[before].contribution)
        } else if items[before].contribution != 0, !items[before].notes.contains(.negated) {
            state.raw -= Double(items[before].contribution)
            items[before].contribution *= SentimentRules.negationFactor
            items[before].notes.formUnion([.negated, .spokenNegation])
            state.raw += Double(items[before].contribution)
        }
    }

    /// `explain`'s words for `spokenNegation`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        guard item.notes.contains(.spokenNegation) else { return nil }
        return String(format: "spoken negation ×%.2f", SentimentRules.negationFactor)
    }
}
