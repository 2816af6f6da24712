import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Negation raised from an opinion verb to its complement (`don't think … disappointed`).
    public static let raisedNegation = Self(rawValue: 1 << 15)
}

/// Neg-raising: a full negator next to an opinion or expectation verb negates the verb's
/// complement, to the end of the clause (Horn, *A Natural History of Negation*, 1989, ch. 5):
/// `I don't think it's bad` means `I think it isn't bad`, `je ne pense pas que ce soit mauvais`
/// likewise, so the scope is not the usual three words.
///
/// Word list: `neg-raising.tsv`. `NegationScope.negate` notes `raisedNegation` on what it negates.
enum NegRaising {
    static let file = WordListFile(name: "neg-raising.tsv")

    /// Reaches the scope of the full negator at `k` to the clause end when it negates an opinion
    /// verb right next to it: the verb after it (`don't think`, `not expect`) or, closing `ne …
    /// pas`, the verb before it (`ne pense pas`).
    @inline(__always) static func apply(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        let items = context.items
        let after = k + 1 < state.end && items[k + 1].kind == .word && context.itemKey(k + 1, isIn: .negRaising)
        if !after {
            guard k > state.first && items[k - 1].kind == .word && context.itemKey(k - 1, isIn: .negRaising) else {
                return
            }
        }
        state.negLeft = state.end - k
        state.negRaised = true
    }

    /// `explain`'s words for `raisedNegation`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.raisedNegation) ? "negation raised from opinion verb" : nil
    }
}
