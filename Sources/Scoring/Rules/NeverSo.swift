import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Emphasised by "never (been) so" (`never been so happy`).
    public static let neverSo = Self(rawValue: 1 << 13)
}

/// "never so": `jamais (été) aussi déçu`, `never (been) so happy` are emphasis, not negation:
/// VADER's "never so/this" exception (Hutto & Gilbert, ICWSM 2014), with the French equivalents.
/// The negation scope is closed and the next sentiment word gets one intensifier's boost
/// (`SentimentRules.elongationBoost`, VADER's `B_INCR`).
///
/// Word list: `never-so.tsv` (kinds `never`, `auxiliary`, `so`).
enum NeverSo {
    static let file = WordListFile(
        name: "never-so.tsv", columns: ["term", "kind"], kinds: ["never", "auxiliary", "so"])

    /// After the negator at `k`: a `never` word followed, perhaps past an auxiliary, by a `so` word
    /// closes the scope and leaves the emphasis pending.
    @inline(__always) static func apply(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        guard context.itemKey(k, isIn: .never) else { return }
        var j = k + 1
        if j < state.end && context.itemKey(j, isIn: .neverSoAuxiliary) { j += 1 }
        if j < state.end && context.items[j].kind != .punctuation && context.itemKey(j, isIn: .neverSo) {
            state.negLeft = 0
            state.neverSoPending = true
        }
    }

    /// Adds the pending emphasis to the `boost` of item `k`, the next word with a valence.
    @inline(__always)
    static func boost(_ k: Int, _ boost: inout Float, _ state: inout ClauseState, _ context: RuleContext) {
        guard state.neverSoPending else { return }
        boost += SentimentRules.elongationBoost
        context.items[k].notes.insert(.neverSo)
        state.neverSoPending = false
    }

    /// `explain`'s words for `neverSo`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.neverSo) ? "never-so emphasis" : nil
    }
}
