import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Changed by `trop`/`too`: a complaint (`trop cher`) or an intensifier (`trop bien`).
    public static let excess = Self(rawValue: 1 << 6)
}

/// `trop`/`too`: before a quality that is bad in excess or a negative word (`trop cher`, `too
/// slow`) it makes a complaint of `SentimentRules.excessPenalty`; before a positive word it is a
/// spoken-French intensifier (`trop bien`, `SentimentRules.excessAsIntensifier`). Grevisse, *Le Bon
/// Usage*, on `trop`; the intensifier reading is informal usage.
///
/// Lexicon role: `excess.tsv` (`excess` the word, `target` a quality bad in excess).
enum Excess {
    /// The excess word at `k` picks its target: the next word.
    @inline(__always) static func markTarget(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        guard let next = context.nextWord(after: k, before: state.end) else { return }
        let target = context.items[next].entry
        if target.excess == .target || (target.hasValence && target.valence < 0) {
            state.excessTarget = next
        } else if target.hasValence && target.valence > 0 {
            state.excessBoostTarget = next
        }
    }

    /// Item `k`'s valence `v` when it is the complaint target.
    @inline(__always) static func penalise(_ k: Int, _ v: inout Float, _ state: ClauseState, _ context: RuleContext) {
        guard k == state.excessTarget else { return }
        v = min(v, 0) - SentimentRules.excessPenalty
        context.items[k].notes.insert(.excess)
    }

    /// Item `k`'s `boost` when it is the intensified target.
    @inline(__always) static func boost(_ k: Int, _ boost: inout Float, _ state: ClauseState, _ context: RuleContext) {
        guard k == state.excessBoostTarget else { return }
        boost += SentimentRules.excessAsIntensifier
        context.items[k].notes.insert(.excess)
    }

    /// `explain`'s words for `excess`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.excess) ? "trop/too rule" : nil
    }
}
