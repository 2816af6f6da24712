import Lexicons
import TextProcessing

/// Resolution: `fixed my problem`, `a résolu le souci`: the complaint that follows is solved, so
/// it is negated like after `without`; praise that follows describes the fix and stands (`sorted
/// efficiently`). Negated itself (`didn't fix`, `n'a pas résolu`), the verb is
/// a failure (`ImplicitFailure`) and the complaint after it stands.
///
/// Lexicon role: `negators.tsv` kind `resolves`; the verb's failure valence in `failures.tsv`.
enum Resolution {
    /// The kinds of `negators.tsv` this rule handles (`Negators.table`): the scope of a full negator.
    static let kinds = [NegatorKind("resolves", .resolves, window: SentimentRules.negationWindow)]

    /// The resolving verb `entry` (of kind `kind`) at `k`.
    @inline(__always)
    static func apply(_ k: Int, _ entry: LexiconEntry, _ kind: NegatorBehaviour, _ state: inout ClauseState)
        -> NegatorOutcome
    {
        if k < state.particleSpanEnd || (state.negLeft > 0 && !state.negPartial) {
            state.negLeft = 0
            return .negatedResolution
        }
        state.scopeValenceItem = -1
        state.negLeft = kind.window
        state.negPartial = false
        state.negRaised = false
        state.negResolves = true
        return entry.hasValence ? .scored : .consumed
    }
}
