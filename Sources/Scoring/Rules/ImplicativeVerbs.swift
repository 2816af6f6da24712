import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A negator's own valence, dropped because the sentiment it negates carries the meaning
    /// (`failed to impress`).
    public static let superseded = Self(rawValue: 1 << 17)
}

/// Negative implicative verbs (`failed to`, `impossible de`, `refuse de`) are full negators with a
/// valence of their own: "fail to X" entails that X did not happen (Karttunen, "Implicative verbs",
/// *Language* 47, 1971). When what did not happen carries sentiment, that negated sentiment is the
/// meaning (`failed to impress`, `impossible de trouver un défaut`), so the negator's own valence
/// steps aside.
///
/// Lexicon role: a `negators.tsv` term of kind `full` that also has a valence.
enum ImplicativeVerbs {
    /// Item `k` with valence `v` in the scope of such a negator withdraws the negator's contribution.
    @inline(__always)
    static func supersede(
        _ k: Int, _ v: Float, failure: Bool, _ entry: LexiconEntry, _ state: inout ClauseState, _ context: RuleContext
    ) {
        guard
            state.scopeValenceItem >= 0 && (failure || k < state.particleSpanEnd || state.negLeft > 0) && v != 0
                && entry.negator == 0
        else { return }
        let items = context.items
        let negator = state.scopeValenceItem
        state.raw -= Double(items[negator].contribution)
        items[negator].contribution = 0
        items[negator].notes.insert(.superseded)
        state.scopeValenceItem = -1
    }

    /// `explain`'s words for `superseded`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.superseded) ? "own valence dropped: the negated words carry the meaning" : nil
    }
}
