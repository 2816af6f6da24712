import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A failure stated as a fact, with no opinion word (`ma carte est rejetée`, `toujours rien`).
    public static let statedFailure = Self(rawValue: 1 << 24)
    /// A wait or a repetition stated as a fact (`depuis une semaine`, `appelé 3 fois`).
    public static let waiting = Self(rawValue: 1 << 25)
    /// An intent to leave (`plus jamais`, `je résilie`, `never again`).
    public static let churn = Self(rawValue: 1 << 26)
}

/// Implicit complaints: customers often state what went wrong as a fact, with no opinion word (`ma
/// carte est rejetée à chaque essai`, `the app keeps crashing`, `toujours rien`, `ça fait un mois`,
/// `I called 3 times`, `plus jamais`), which a lexicon scorer reads as neutral. These are the
/// "objective statements that imply an opinion" of Liu (*Sentiment Analysis and Opinion Mining*,
/// 2012, §2.4), here recognised by patterns over the word classes of `implicit-complaints.tsv`
/// (`ImplicitKinds`), not by fixed phrases.
///
/// A clause that states such a fact and has no opinion of its own gets the fact's complaint; a
/// clause that has one keeps it (the fact does not flip `bloqué mais vite résolu`). Waits and
/// repetitions are weaker evidence (`je l'utilise depuis 2 mois` is no complaint): they count only
/// in a text with no praise left. Runs once per text after the clauses are scored (step 5 of
/// `SentimentEngine+Rules`), with `Courtesy` before it and `Sarcasm`, which reads the same facts.
///
/// Word list: `implicit-complaints.tsv`.
enum ImplicitComplaint {
    /// What a fact is evidence of.
    enum Fact {
        case failure, waiting, churn

        /// The valence the fact gives its clause, before the negativity weight.
        var valence: Float {
            switch self {
            case .failure: SentimentRules.statedFailureValence
            case .waiting: SentimentRules.waitingValence
            case .churn: SentimentRules.churnValence
            }
        }

        var note: ScoringScratch.Notes {
            switch self {
            case .failure: .statedFailure
            case .waiting: .waiting
            case .churn: .churn
            }
        }
    }

    /// The implicit-complaint rules over the whole text. Each runs only when the text has the words
    /// its patterns need (read in one pass over the tokens): most texts cost that pass alone.
    @inline(__always) static func apply(_ context: RuleContext) {
        let found = kinds(of: context)
        guard !found.isDisjoint(with: ImplicitKinds.anchors) else { return }
        applyPatterns(found, context)
    }

    /// The union of the kinds of the text's tokens: one load per token, by the record it already
    /// probed (phrases and ratings are sorted out later, by `RuleContext.kinds`).
    @inline(__always) private static func kinds(of context: RuleContext) -> ImplicitKinds {
        var found: UInt64 = 0
        let kinds = context.implicitKinds
        for t in context.facts.indices {
            let record = Int(context.facts[t].record)
            if record >= 0 && record < kinds.count { found |= kinds[record] }
        }
        return ImplicitKinds(rawValue: found)
    }

    /// True when the text has the words of some fact pattern (`found`: its tokens' kinds): a word
    /// that is a fact alone, or both halves of a pattern (`depuis` and a unit, `jamais` and `plus` …).
    static func mayStateFact(_ found: ImplicitKinds) -> Bool {
        if !found.isDisjoint(with: [.fact, .keeps, .still, .promise, .churn, .times, .twice]) { return true }
        let duration = !found.isDisjoint(with: ImplicitKinds.durations)
        return found.isSuperset(of: [.nothing, .purpose])
            || (found.contains(.since) && (duration || found.contains(.day)))
            || (found.contains(.never) && !found.isDisjoint(with: [.again, .more]))
            || (duration && !found.isDisjoint(with: [.later, .purpose]))
            || found.contains(.nothing)
    }

    private static func applyPatterns(_ found: ImplicitKinds, _ context: RuleContext) {
        let facts = mayStateFact(found)
        if Courtesy.mayApply(found) { Courtesy.silenceFormulas(context) }
        if Sarcasm.mayApply(found, facts: facts, context) { Sarcasm.apply(found, context) }
        if facts { addFacts(context) }
        if BrokenPromise.mayApply(found) { BrokenPromise.apply(context) }
        if BrokenPromise.mayDeny(found) { BrokenPromise.applyDenial(context) }
        if found.isSuperset(of: [.thanks, .help]) { Courtesy.silenceHelpThanks(context) }
        if facts && found.contains(.thanks) { Courtesy.silenceClosingThanks(context) }
    }

    /// Gives each clause with no opinion of its own its first fact's complaint (a wait only when the
    /// text has no praise).
    ///
    /// A function word's mild praise (`rembourser`, `reply`) is no opinion beside a fact: in `un mois
    /// pour rembourser` the refund is what was slow, so it gives way to the fact. A fact asked about
    /// or supposed (`what if my card is declined?`) is not stated (`asserted`), and a reassurance
    /// after a failure or a churn fact (`postponed by a day, no problem at all`) keeps the last word.
    private static func addFacts(_ context: RuleContext) {
        var praise: Bool? = nil
        for c in context.clauses.indices where context.clauses[c].raw >= 0 {
            let range = context.clauses[c].first..<context.clauses[c].end
            // Thanks are no opinion on the fact they close (`il manque un article merci`):
            // `Courtesy.silenceClosingThanks`.
            if range.contains(where: { isOpinion($0, context) && !context.firstTokenKinds($0).contains(.thanks) }) {
                continue
            }
            for k in range {
                guard let found = fact(at: k, in: range, context) else { continue }
                if !asserted(c, at: k, context) { break }
                if found != .waiting && praiseFollows(c, context) { break }
                if found == .waiting {
                    let hasPraise =
                        praise
                        ?? context.items.indices.contains {
                            isOpinion($0, context) && context.items[$0].contribution > 0
                        }
                    praise = hasPraise
                    if hasPraise { continue }
                }
                for j in range where context.items[j].contribution != 0 { set(j, 0, found.note, context) }
                set(k, found.valence * SentimentRules.negativeWeight, found.note, context)
                break
            }
        }
    }

    /// True when clause `c` asserts the fact at item `k`: it is no question and no conditional
    /// marker (`si`, `if`) comes before `k`, the scope `Irrealis` gives the marker. `Irrealis`
    /// halves a complaint word there; a fact, weaker evidence with no opinion word, is dropped (`how
    /// do I unsubscribe from the newsletter?`, `si ma carte est refusée, que faire ?`).
    ///
    /// Only the clause the `?` ends is asked: the clauses before it state what leads to the question
    /// (`ma carte a été refusée 3 fois, que dois-je faire ?`).
    static func asserted(_ c: Int, at k: Int, _ context: RuleContext) -> Bool {
        let last = c + 1 == context.clauses.count || context.clauses[c + 1].sentence != context.clauses[c].sentence
        if last && SentenceTail(of: c, context).question { return false }
        return !(context.clauses[c].first..<k).contains { context.items[$0].entry.modality == .conditional }
    }

    /// True when a later clause of clause `c`'s sentence holds praise (after `Sarcasm` turned any
    /// mock praise): the customer's last word on the fact.
    private static func praiseFollows(_ c: Int, _ context: RuleContext) -> Bool {
        var d = c + 1
        while d < context.clauses.count && context.clauses[d].sentence == context.clauses[c].sentence {
            let range = context.clauses[d].first..<context.clauses[d].end
            // `refusé alors que c'est le bon`: praise set against the fact is no reassurance.
            if range.contains(where: { context.items[$0].entry.contrast != .none }) { return false }
            if range.contains(where: { isVerdict($0, context) }) { return true }
            d += 1
        }
        return false
    }

    /// True when item `k` is praise that judges what came before it: thanks are no verdict on a
    /// failure (`il manque un article, merci de me le renvoyer` asks; `Courtesy.silenceClosingThanks`).
    private static func isVerdict(_ k: Int, _ context: RuleContext) -> Bool {
        isOpinion(k, context) && context.items[k].contribution > 0 && !context.firstTokenKinds(k).contains(.thanks)
    }

    /// True when item `k` voices an opinion: any contribution but a function word's praise.
    static func isOpinion(_ k: Int, _ context: RuleContext) -> Bool {
        let item = context.items[k]
        return item.contribution < 0 || (item.contribution > 0 && item.entry.failureValence == 0)
    }

    /// The fact a pattern starting or ending at item `k` states, if any (patterns stay in `range`,
    /// the item's clause).
    static func fact(at k: Int, in range: Range<Int>, _ context: RuleContext) -> Fact? {
        let kinds = context.kinds(k)
        if kinds.isEmpty { return nil }
        if !kinds.isDisjoint(with: [.fact, .churn]) {
            let undone = kinds.contains(.fact) ? resolved(range, context) : undone(after: k, in: range, context)
            if negated(before: k, in: range, context) || undone { return nil }
            return kinds.contains(.fact) ? .failure : .churn
        }
        if let failure = failure(at: k, kinds, in: range, context) { return failure }
        if kinds.contains(.never) {
            let around = context.kinds(k + 1, in: range).union(context.kinds(k - 1, in: range))
            if !around.isDisjoint(with: [.again, .more]) && !undone(after: k, in: range, context) { return .churn }
        }
        return waiting(at: k, kinds, in: range, context)
    }

    /// `keeps` + a verb, `still` + nothing, `for nothing`, `and then nothing`, a reported promise.
    private static func failure(at k: Int, _ kinds: ImplicitKinds, in range: Range<Int>, _ context: RuleContext)
        -> Fact?
    {
        let next = context.kinds(k + 1, in: range)
        if kinds.contains(.keeps), range.contains(k + 1) {
            // `continue de fonctionner`, `keeps working`: an expected function that goes on.
            let verb = next.contains(.link) ? k + 2 : k + 1
            let function = range.contains(verb) && context.items[verb].entry.failureValence != 0
            if (next.contains(.link) || isGerund(k + 1, context)) && !function { return .failure }
        }
        if kinds.contains(.still), range.contains(k + 1) {
            // Not `encore plus belle`, `toujours plus`: ever more.
            let negator = context.items[k + 1].entry.negator != 0 && !next.contains(.more)
            if next.contains(.nothing) || negator { return .failure }
        }
        if kinds.contains(.nothing), context.kinds(k - 1, in: range).contains(.purpose) {
            let world = next.union(context.kinds(k + 2, in: range)).contains(.undo)
            if !world && !negated(before: k - 1, in: range, context) { return .failure }
        }
        if kinds.contains(.nothing) && closes(k, range, context) {
            if context.kinds(k - 1, in: range).contains(.then) || owedThenColon(before: k, context) { return .failure }
        }
        if kinds.contains(.promise) {
            let kept = next.union(context.kinds(k + 2, in: range)).contains(.undo)
            if !kept && !context.kinds(k - 1, in: range).contains(.asMarker) { return .failure }
        }
        return nil
    }

    /// True when `nothing`/`rien` at `k` closes its clause: after `et`/`puis`/`and`/`then` it is what
    /// came of the step before (`la livraison était prévue lundi et rien`, `the light comes on for a
    /// second and then nothing`, `j'ai relancé deux fois et personne`), not the start of a phrase that
    /// goes on (`et rien à redire`, `and nothing was missing`).
    private static func closes(_ k: Int, _ range: Range<Int>, _ context: RuleContext) -> Bool {
        !((k + 1)..<range.upperBound).contains { context.items[$0].kind != .punctuation }
    }

    /// True when `nothing`/`rien` at `k` comes after a colon or a dash that follows a thing the
    /// customer is owed, a function word (`remboursement : rien`, `refund - nothing`, `réponse :
    /// personne`): the punctuation stands for "and what came of it", as `et` does in `et rien`.
    /// A heading that is no function word keeps its reading (`Défauts : rien`, `Cons: nothing`).
    private static func owedThenColon(before k: Int, _ context: RuleContext) -> Bool {
        guard k >= 2, context.items[k - 1].kind == .punctuation else { return false }
        let p = context.items[k - 1].punctuation
        let owed = context.items[k - 2]
        return (p == 0x3A || p == 0x2D) && owed.kind != .punctuation && owed.entry.failureValence != 0
    }

    /// A wait (`depuis` + unit, unit + `plus tard`, `un mois pour` + verb) or a repetition (`3 fois`,
    /// `third time`, `twice`).
    private static func waiting(at k: Int, _ kinds: ImplicitKinds, in range: Range<Int>, _ context: RuleContext)
        -> Fact?
    {
        if kinds.contains(.since), let waited = since(k, in: range, context) { return waited }
        let next = context.kinds(k + 1, in: range)
        let previous = context.kinds(k - 1, in: range)
        let counted =
            !previous.isDisjoint(with: [.count, .article])
            || (range.contains(k - 1) && context.items[k - 1].kind == .number)
        if !kinds.isDisjoint(with: ImplicitKinds.durations) {
            if next.union(context.kinds(k + 2, in: range)).contains(.later) { return .waiting }
            let only = context.kinds(k - 2, in: range).union(context.kinds(k - 3, in: range)).contains(.only)
            if next.contains(.purpose) && (counted || countedPast(k, in: range, context)) && !only { return .waiting }
        }
        let frequency = !next.isDisjoint(with: [.per, .more, .asMarker, .article])
        // `en 2 fois`, `in 2 goes`: a way of doing, not a repetition.
        let manner = context.kinds(k - 2, in: range).contains(.only)
        if kinds.contains(.times) && !frequency && !manner {
            if (counted && !previous.contains(.article)) || previous.contains(.ordinal) { return .waiting }
        }
        if kinds.contains(.twice) && !frequency { return .waiting }
        return nil
    }

    /// True when a count or an article comes two words before the length of time `k`, past a word
    /// that stresses the length (`whole`: `a whole week for express shipping`, `deux longues semaines
    /// pour`): the length is still counted. Any other word may turn it into time left (`a few weeks
    /// to go`).
    private static func countedPast(_ k: Int, in range: Range<Int>, _ context: RuleContext) -> Bool {
        guard range.contains(k - 2), context.kinds(k - 1).contains(.whole) else { return false }
        return !context.kinds(k - 2).isDisjoint(with: [.count, .article]) || context.items[k - 2].kind == .number
    }

    /// `depuis`/`since`/`ça fait` + a length of time within three words (`depuis une semaine`); not
    /// after `en`/`in` (`fait en 2 jours`: the time a step took). A day (`depuis lundi`, `since
    /// Monday`) is a point in time, a wait only beside a negator (`rien depuis lundi`; not `en stock
    /// depuis hier`).
    private static func since(_ k: Int, in range: Range<Int>, _ context: RuleContext) -> Fact? {
        for j in (k + 1)...(k + 3) {
            let kinds = context.kinds(j, in: range)
            if kinds.contains(.only) { return nil }
            if !kinds.isDisjoint(with: ImplicitKinds.durations) { return .waiting }
            if kinds.contains(.day) {
                let negator = range.contains { context.items[$0].entry.negator != 0 }
                return negator && j == k + 1 ? .waiting : nil
            }
        }
        return nil
    }

    /// An `undo` word after `k` in its clause (`plus jamais … ailleurs`, `never again … anywhere
    /// else`): the pattern no longer says what it seemed to.
    private static func undone(after k: Int, in range: Range<Int>, _ context: RuleContext) -> Bool {
        range.contains { $0 > k && context.kinds($0).contains(.undo) }
    }

    /// A resolving verb anywhere in the clause (`sorted out my declined payment`, `le colis bloqué
    /// est reparti`, `negators.tsv` kind `resolves`): the failure no longer stands.
    private static func resolved(_ range: Range<Int>, _ context: RuleContext) -> Bool {
        range.contains { Negators.behaviours[Int(context.items[$0].entry.negator)].rule == .resolves }
    }

    /// A negator one or two words before `k` (`pas bloqué`, `not blocked`).
    private static func negated(before k: Int, in range: Range<Int>, _ context: RuleContext) -> Bool {
        for j in [k - 1, k - 2] where range.contains(j) && context.items[j].entry.negator != 0 { return true }
        return false
    }

    /// An English `-ing` form (`keeps crashing`).
    private static func isGerund(_ k: Int, _ context: RuleContext) -> Bool {
        let key = context.key(k)
        let n = key.count
        return n > 4 && key[n - 3] == 0x69 && key[n - 2] == 0x6E && key[n - 1] == 0x67
    }

    /// Sets item `k`'s contribution to `value`, notes why, and sums its clause again as the clause
    /// walk did (same order, then the exclamations): the sum is then exact, and a silenced clause 0.
    static func set(_ k: Int, _ value: Float, _ note: ScoringScratch.Notes, _ context: RuleContext) {
        context.items[k].contribution = value
        context.items[k].notes.insert(note)
        let c = Int(context.items[k].clause)
        var raw = 0.0
        for j in context.clauses[c].first..<context.clauses[c].end { raw += Double(context.items[j].contribution) }
        context.clauses[c].raw = Emphasis.apply(raw, exclamations: SentenceTail(of: c, context).exclamations)
    }

    /// `explain`'s words for the facts.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        if item.notes.contains(.statedFailure) { return "failure stated as a fact: a complaint" }
        if item.notes.contains(.waiting) { return "wait or repetition stated as a fact: a complaint" }
        if item.notes.contains(.churn) { return "intent to leave: a complaint" }
        return nil
    }
}
