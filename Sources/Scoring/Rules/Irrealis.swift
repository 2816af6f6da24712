import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// After a conditional marker (`si`, `if`, `would`).
    public static let conditional = Self(rawValue: 1 << 8)
    /// In a question.
    public static let question = Self(rawValue: 1 << 9)
}

/// Questions and conditionals ("irrealis"): a question or a hypothesis (`if`, `si`) about
/// something good does not assert it, so its praise is blocked; a modal or hedge (`would`,
/// `might`, `peut-être`) lowers the speaker's commitment, so its praise is halved; a question or
/// hypothesis about a problem
/// usually reports it, so complaints are halved. SO-CAL (Taboada et al., "Lexicon-Based Methods for
/// Sentiment Analysis", *Computational Linguistics* 37(2), 2011) blocks sentiment in irrealis
/// contexts; we follow it for praise in questions. A conditional marker governs what follows it in its clause: in "awesome
/// is how I would describe it" the praise before `would` is asserted. An emoji or emoticon says
/// the writer's own feeling, outside what the clause asks or supposes (`did you have a good
/// birthday? :)`), so it is left as it is, as negation leaves it (`NegationScope`).
///
/// Lexicon role: `modality.tsv` kinds `conditional` and `hedge` (and `wish`, found here for `Wish`); the
/// question is the sentence's final `?` (`SentenceTail`).
enum Irrealis {
    /// Finds the clause's first conditional marker and whether it holds a wish.
    @inline(__always) static func findMarkers(_ state: inout ClauseState, _ context: RuleContext) {
        for k in state.first..<state.end {
            switch context.items[k].entry.modality {
            case .wish: state.wish = true
            case .conditional: state.conditionalFrom = min(state.conditionalFrom, k)
            case .hedge: state.hedgeFrom = min(state.hedgeFrom, k)
            case .none: break
            }
        }
    }

    /// Scales the valence `v` of item `k` after a conditional marker.
    @inline(__always)
    static func conditional(_ k: Int, _ v: inout Float, _ state: ClauseState, _ context: RuleContext) {
        guard k > min(state.conditionalFrom, state.hedgeFrom) && context.items[k].kind != .emoji else { return }
        let praise = k > state.conditionalFrom ? SentimentRules.conditionalFactor : SentimentRules.hedgeFactor
        v *= v > 0 ? praise : SentimentRules.irrealisNegativeFactor
        context.items[k].notes.insert(.conditional)
    }

    /// Scales the valence `v` of item `k` in a question.
    @inline(__always) static func question(_ k: Int, _ v: inout Float, _ state: ClauseState, _ context: RuleContext) {
        guard state.question && context.items[k].kind != .emoji else { return }
        v *= v > 0 ? SentimentRules.questionFactor : SentimentRules.irrealisNegativeFactor
        context.items[k].notes.insert(.question)
    }

    /// `explain`'s words for `conditional` and `question`.
    static func explainConditional(_ item: ScoringScratch.Item) -> String? {
        guard item.notes.contains(.conditional) else { return nil }
        return
            "conditional (praise ×\(SentimentRules.conditionalFactor), after a modal ×\(SentimentRules.hedgeFactor); "
            + "complaint ×\(SentimentRules.irrealisNegativeFactor))"
    }

    static func explainQuestion(_ item: ScoringScratch.Item) -> String? {
        guard item.notes.contains(.question) else { return nil }
        return "question (praise ×\(SentimentRules.questionFactor), "
            + "complaint ×\(SentimentRules.irrealisNegativeFactor))"
    }
}
