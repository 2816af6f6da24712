import Foundation
import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Negated: inside a negator's scope or a `ne … pas` span.
    public static let negated = Self(rawValue: 1 << 0)
}

/// Negation scope: a full negator (`pas`, `not`, `never`), `sans`/`without` and `ni`/`neither`
/// negate the words after them, VADER's `_negation_check` read forwards (Hutto & Gilbert,
/// "VADER", ICWSM 2014). The scope covers `SentimentRules.negationWindow` words after a full
/// negator and two after `without`/`neither`; a coordinator (`or`, `ni`, from `file`) carries it
/// two words further (`none of them are engaging or exciting`; Quirk et al., *A Comprehensive
/// Grammar of the English Language*, 1985, 10.60).
///
/// Lexicon role: `negators.tsv` kinds `full`, `without`, `neither`. Word list: `scope-extenders.tsv`.
enum NegationScope {
    static let file = WordListFile(name: "scope-extenders.tsv")

    /// The kinds of `negators.tsv` this rule handles (`Negators.table`): a full negator's scope is
    /// `SentimentRules.negationWindow` words, neg-raising applies and it closes `ne … X`.
    static let kinds = [
        NegatorKind("full", .scope, window: SentimentRules.negationWindow, raises: true, closesParticle: true),
        NegatorKind("without", .scope, window: 2), NegatorKind("neither", .scope, window: 2),
    ]

    /// Opens the scope of the negator at `k` (of kind `kind`), then lets the rules that
    /// read a negator's neighbours look (`NegRaising`, `SpokenNegation`, `NeverSo`).
    @inline(__always)
    static func open(
        _ k: Int, _ entry: LexiconEntry, _ kind: NegatorBehaviour, _ state: inout ClauseState, _ context: RuleContext
    ) -> NegatorOutcome {
        state.scopeValenceItem = entry.hasValence ? k : -1
        state.negLeft = kind.window
        state.negPartial = false
        state.negRaised = false
        state.negResolves = false
        if kind.raises { NegRaising.apply(k, &state, context) }
        SpokenNegation.apply(k, entry, &state, context)
        NeverSo.apply(k, &state, context)
        return entry.hasValence ? .scored : .consumed
    }

    /// A word of the lexicon passes through an open scope: a coordinator lengthens it.
    @inline(__always) static func extend(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        if state.negLeft > 0 && context.itemKey(k, isIn: .scopeExtender) { state.negLeft += 2 }
    }

    /// A word in no lexicon passes through an open scope: it may lengthen it, and it uses up one word.
    @inline(__always) static func passUnknown(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        guard state.negLeft > 0 else { return }
        if context.itemKey(k, isIn: .scopeExtender) { state.negLeft += 2 }
        state.negLeft -= 1
    }

    /// Negates the valence `v` of item `k` inside a `ne … pas` span or an open scope. A failure's
    /// valence already is the negated reading, and a negator's own valence is not negated by itself.
    /// A resolving verb's scope negates complaints only: what is fixed is the problem, while praise
    /// after it describes the fix (`sorted efficiently`, `réglé rapidement`).
    @inline(__always)
    static func negate(
        _ k: Int, _ v: inout Float, failure: Bool, _ entry: LexiconEntry, _ state: ClauseState, _ context: RuleContext
    ) {
        let items = context.items
        guard items[k].kind != .emoji && !items[k].notes.contains(.rating) && !failure && entry.negator == 0 else {
            return
        }
        if k < state.particleSpanEnd {
            v *= SentimentRules.negationFactor
            items[k].notes.insert(.negated)
        } else if state.negLeft > 0 && !(state.negResolves && v > 0) {
            v *= state.negPartial ? SentimentRules.partialNegationFactor : SentimentRules.negationFactor
            items[k].notes.insert(state.negPartial ? .partiallyNegated : .negated)
            if state.negRaised && !state.negPartial { items[k].notes.insert(.raisedNegation) }
        }
    }

    /// `explain`'s words for `negated`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.negated) ? String(format: "negated ×%.2f", SentimentRules.negationFactor) : nil
    }
}
