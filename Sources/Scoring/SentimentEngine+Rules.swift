import Lexicons
import TextProcessing

/// The rules (`Rules/`), walked clause by clause.
///
/// Rule order, and why it matters. For each clause:
/// 1. `SentenceTail`: the sentence's `?` and `!` (question and exclamation hold for all its clauses).
/// 2. `Irrealis.findMarkers`: the clause's wish and first conditional and hedge markers, before any item, since
///    a wish anywhere in the clause changes every item of it.
/// 3. For each item, left to right (each rule sees what the rules before it decided for this item
///    and what all rules decided for the items before it):
///    a. `NegationScope.extend` (or `passUnknown` for a word in no lexicon, which ends there).
///    b. The negator rules (`Negators`: `ParticleNegation`, `NegationScope` with `NegRaising`,
///       `SpokenNegation` and `NeverSo`, `PartialNegation`, `Resolution`): a negator sets the scope
///       before the words after it are scored.
///    c. `Excess.markTarget`: `trop` picks the next word before that word is scored.
///    d. The valence: `PraiseAsIntensifier`, `Excess.penalise`, then `ImplicitFailure` (which
///       replaces the valence, so it comes after the rules that set it) and `ImplicativeVerbs` (which
///       needs to know whether the word is a failure).
///    e. The boost, in this order (float sums are not associative; the goldens pin this order):
///       `Excess.boost`, `Intensifiers.decayedBoost`, `NeverSo.boost`, `Intensifiers.caps`,
///       `Intensifiers.elongation`.
///    f. The multipliers: `NegationScope.negate` (after the boost: VADER negates the boosted
///       valence), `Wish` or else `Irrealis.conditional`, `Irrealis.question`, `NegativityWeight` last
///       (it weighs the final reading, not the lexicon's).
///    g. The walk counts the word against an open negation scope.
/// 4. `Emphasis`: the clause's exclamation marks, on its raw sum.
/// 5. Over the whole text, `ImplicitComplaint` (with `Courtesy` and `Sarcasm`): it needs every
///    clause's reading (is there an opinion in the clause, praise left in the text) before it adds a
///    stated fact's complaint, silences a courtesy formula or turns sarcastic praise around.
/// Then, over all clauses: `EdgeSentences` and `Contrast` weights (independent: both multiply).
extension SentimentEngine {
    /// Scores every clause with the rules, then weighs the clauses.
    ///
    /// The rules read and write items through buffer pointers: on the arrays every write checked
    /// uniqueness, and every helper taking the array retained and released it.
    func scoreClauses(
        _ items: MutableBufferView<ScoringScratch.Item>,
        _ clauses: MutableBufferView<ScoringScratch.Clause>, toks: BufferView<RawToken>,
        keys: BufferView<UInt8>, textIsAllCaps: Bool, facts: BufferView<ScoringScratch.TokenFacts>,
        implicitKinds: BufferView<UInt64>
    ) {
        let context = RuleContext(
            items: items, clauses: clauses, toks: toks, keys: keys, textIsAllCaps: textIsAllCaps, words: words,
            facts: facts, implicitKinds: implicitKinds)
        for c in clauses.indices {
            let tail = SentenceTail(of: c, context)
            var state = ClauseState(first: clauses[c].first, end: clauses[c].end, question: tail.question)
            Irrealis.findMarkers(&state, context)
            scoreItems(&state, context)
            clauses[c].raw = Emphasis.apply(state.raw, exclamations: tail.exclamations)
        }
        ImplicitComplaint.apply(context)
        EdgeSentences.weigh(context)
        Contrast.weigh(context)
    }

    /// Steps 3a–3g for the items of one clause; the raw sum is left in `state.raw`.
    @inline(__always) private func scoreItems(_ state: inout ClauseState, _ context: RuleContext) {
        let items = context.items
        for k in state.first..<state.end {
            if items[k].kind == .punctuation { continue }
            // Most words are in no lexicon: their blank entry has no role, so all they do is
            // count against an open negation scope (or extend it: `or`, `ni`). Every other rule
            // would leave them untouched.
            if !items[k].known {
                NegationScope.passUnknown(k, &state, context)
                continue
            }
            let entry = items[k].entry
            NegationScope.extend(k, &state, context)
            scoreKnown(k, entry, &state, context)
            // A negator does not use up its own scope.
            if state.negLeft > 0 && entry.negator == 0 { state.negLeft -= 1 }
        }
    }

    /// Steps 3b–3f for item `k` of the lexicon.
    @inline(__always)
    private func scoreKnown(_ k: Int, _ entry: LexiconEntry, _ state: inout ClauseState, _ context: RuleContext) {
        var negatedResolution = false
        // Tested before the dispatch: most known words negate nothing, and one predictable
        // branch is cheaper than the switch's jump table.
        if entry.negator != 0 {
            switch Negators.apply(k, entry, &state, context) {
            case .consumed: return
            case .scored: break
            case .negatedResolution: negatedResolution = true
            }
        }
        if entry.excess == .excess {
            Excess.markTarget(k, &state, context)
            if !entry.hasValence { return }
        }
        var v = entry.hasValence ? entry.valence : 0
        PraiseAsIntensifier.apply(k, &v, entry, state, context)
        Excess.penalise(k, &v, state, context)
        let failure = ImplicitFailure.apply(k, &v, entry, negatedResolution: negatedResolution, state, context)
        ImplicativeVerbs.supersede(k, v, failure: failure, entry, &state, context)
        guard v != 0 else { return }
        let sign: Float = v > 0 ? 1 : -1
        var boost: Float = 0
        Excess.boost(k, &boost, state, context)
        Intensifiers.decayedBoost(k, &boost, state, context)
        NeverSo.boost(k, &boost, &state, context)
        Intensifiers.caps(k, &boost, context)
        Intensifiers.elongation(k, &boost, context)
        if boost != 0 { context.items[k].notes.insert(.boosted) }
        context.items[k].boost = boost
        v = sign * max(abs(v) + boost, 0.1)
        NegationScope.negate(k, &v, failure: failure, entry, state, context)
        if !Wish.apply(k, &v, state, context) { Irrealis.conditional(k, &v, state, context) }
        Irrealis.question(k, &v, state, context)
        NegativityWeight.apply(&v)
        context.items[k].contribution = v
        state.raw += Double(v)
    }
}
