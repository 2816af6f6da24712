import Lexicons
import TextProcessing

/// What the rules share while they walk the items of one clause. Each field is written by the
/// rule named in its comment and read by the others the comment names; every field starts fresh
/// at each clause.
struct ClauseState {
    /// The clause's items: `first..<end`.
    let first: Int
    let end: Int
    /// The clause's sentence ends with `?` (`SentenceTail`; read by `Irrealis`).
    let question: Bool
    /// The clause holds a wish or regret marker (`Irrealis.findMarkers`; read by `Wish` and
    /// `ImplicitFailure`).
    var wish = false
    /// The first conditional marker of the clause, `end` when none (`Irrealis.findMarkers`).
    var conditionalFrom: Int
    /// The first modal or hedge marker of the clause, `end` when none (`Irrealis.findMarkers`).
    var hedgeFrom: Int
    /// A `ne` waits for its closing particle (`ParticleNegation`; read by `SpokenNegation`).
    var particleOpen = false
    /// Items before this one are negated by `ne … pas`, -1 when none (`ParticleNegation`; read by
    /// `Resolution`, `ImplicitFailure`, `ImplicativeVerbs`, `NegationScope.negate`).
    var particleSpanEnd = -1
    /// Words the open negation scope still covers (opened by `NegationScope`, `PartialNegation`,
    /// `Resolution`, reached to the clause end by `NegRaising`, emptied by `NeverSo`, counted down by
    /// the walk and lengthened by `NegationScope.extend`).
    var negLeft = 0
    /// The open scope is a partial negator's (`PartialNegation`).
    var negPartial = false
    /// The open scope was raised from an opinion verb (`NegRaising`).
    var negRaised = false
    /// The open scope is a resolving verb's, which negates complaints only (`Resolution`; read by
    /// `NegationScope.negate`).
    var negResolves = false
    /// The open scope's negator has a valence of its own: its item, -1 when none (`NegationScope`;
    /// cleared by `ImplicativeVerbs` when the negated word supersedes it).
    var scopeValenceItem = -1
    /// The item `trop`/`too` makes a complaint of, -1 when none (`Excess`).
    var excessTarget = -1
    /// The item `trop`/`too` intensifies, -1 when none (`Excess`).
    var excessBoostTarget = -1
    /// "never (been) so" was seen: the next sentiment word is emphasised (`NeverSo`).
    var neverSoPending = false
    /// The clause's raw sum so far (each rule that changes a contribution keeps it in step).
    var raw = 0.0

    init(first: Int, end: Int, question: Bool) {
        self.first = first
        self.end = end
        self.question = question
        conditionalFrom = end
        hedgeFrom = end
    }
}
