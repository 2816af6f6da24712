import Lexicons
import TextProcessing

/// What the rule of a negator decided about the negator's own item.
enum NegatorOutcome {
    /// The negator did its work; its own item scores nothing (no valence, or a particle).
    case consumed
    /// Score the item as any word (a negator with a valence of its own, or one that did not apply).
    case scored
    /// A resolving verb that is itself negated (`didn't fix`): scored as a failure.
    case negatedResolution
}

/// Which rule handles each negator kind of `negators.tsv` (`LexiconEntry.Negator`).
enum Negators {
    /// Hands the negator at `k` to its rule.
    @inline(__always)
    static func apply(
        _ k: Int, _ entry: LexiconEntry, _ state: inout ClauseState, _ context: RuleContext
    ) -> NegatorOutcome {
        switch entry.negator {
        case .particle:
            ParticleNegation.open(k, &state, context)
            return .consumed
        case .full, .without, .neither: return NegationScope.open(k, entry, &state, context)
        case .afterNe: return ParticleNegation.closeAfterNe(&state) ? .consumed : .scored
        case .restriction: return ParticleNegation.restrict(&state) ? .consumed : .scored
        case .resolves: return Resolution.apply(k, entry, &state)
        case .partial: return PartialNegation.open(entry, &state)
        case .none: return .scored
        }
    }
}
