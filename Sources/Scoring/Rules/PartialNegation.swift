import Foundation
import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Reversed and weakened by a partial negator (`peu aimable`, `barely`).
    public static let partiallyNegated = Self(rawValue: 1 << 1)
}

/// Partial negators (`peu`, `moins`, `guère`, `hardly`, `barely`, `less`): the next two words
/// are reversed and halved (`SentimentRules.partialNegationFactor`; VADER reads such words as
/// dampeners of about half a valence). `NegationScope.negate` applies the factor;
/// `ImplicitFailure` weakens a failure in such a scope.
///
/// Lexicon role: `negators.tsv` kind `partial`.
enum PartialNegation {
    /// The kinds of `negators.tsv` this rule handles (`Negators.table`): two words; it closes `ne … X`
    /// (`ne … guère`).
    static let kinds = [NegatorKind("partial", .partial, window: 2, closesParticle: true)]

    /// Opens the partial scope of the negator `entry` (of kind `kind`).
    @inline(__always)
    static func open(_ entry: LexiconEntry, _ kind: NegatorBehaviour, _ state: inout ClauseState) -> NegatorOutcome {
        state.scopeValenceItem = -1
        state.negLeft = kind.window
        state.negPartial = true
        state.negResolves = false
        return entry.hasValence ? .scored : .consumed
    }

    /// `explain`'s words for `partiallyNegated`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        guard item.notes.contains(.partiallyNegated) else { return nil }
        return String(format: "partial negation ×%.2f", SentimentRules.partialNegationFactor)
    }
}
