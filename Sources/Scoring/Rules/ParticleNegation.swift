import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// `ne … que`: a restriction, which cancels the pending `ne` (on the `que` item).
    public static let restriction = Self(rawValue: 1 << 12)
}

/// French two-part negation `ne … pas` (Grevisse, *Le Bon Usage*, negation chapter): `ne`/`n'`
/// opens it, a closing particle up to `SentimentRules.particleWindow` words later (`pas`, `plus`,
/// `jamais`, `personne`…) closes it, and the words in between are negated (`je ne l'aime pas`).
/// `ne … que` is a restriction, not a negation (`je n'ai eu que des éloges`).
///
/// Lexicon role: `negators.tsv` kinds `particle` (`ne`), `after-ne` (a negation only after `ne`:
/// `plus`, `point`), `restriction` (`que`); `full` and `partial` also close the span.
enum ParticleNegation {
    /// The kinds of `negators.tsv` this rule handles (`Negators.table`).
    static let kinds = [
        NegatorKind("particle", .particle), NegatorKind("after-ne", .afterNe, closesParticle: true),
        NegatorKind("restriction", .restriction),
    ]

    /// `ne` at `k`: finds its closing particle and marks the span it negates.
    @inline(__always) static func open(_ k: Int, _ state: inout ClauseState, _ context: RuleContext) {
        let items = context.items
        state.particleOpen = true
        var j = k + 1
        var words = 0
        while j < state.end && words < SentimentRules.particleWindow && items[j].kind != .punctuation {
            let n = Negators.behaviours[Int(items[j].entry.negator)]
            if n.rule == .restriction {
                items[j].notes.insert(.restriction)
                break
            }
            if n.closesParticle {
                state.particleSpanEnd = j
                break
            }
            words += 1
            j += 1
        }
    }

    /// An `after-ne` word: after `ne` it negates what follows like a full negator (`ne … plus
    /// rien`); alone it is an ordinary word (`plus rapide`). True when it acted.
    @inline(__always) static func closeAfterNe(_ state: inout ClauseState) -> Bool {
        guard state.particleOpen else { return false }
        state.negLeft = SentimentRules.negationWindow
        state.negPartial = false
        state.negResolves = false
        return true
    }

    /// `que` after `ne`: cancels the pending negation. True when it acted.
    @inline(__always) static func restrict(_ state: inout ClauseState) -> Bool {
        guard state.particleOpen else { return false }
        state.particleOpen = false
        state.particleSpanEnd = -1
        return true
    }

    /// `explain`'s words (among the item's roles) for `restriction`.
    static func explainRole(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.restriction) ? "ne … que restriction: no negation" : nil
    }
}
