import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Praise turned around by the failure beside it (`bravo, un mois pour rembourser 👏`).
    public static let sarcasm = Self(rawValue: 1 << 27)
}

/// Sarcasm: praise in the same sentence as a stated failure is mock praise (`Bravo, un mois pour
/// rembourser, quel exploit 👏`, `merci pour rien`, `great, still nothing`). Riloff et al.
/// ("Sarcasm as Contrast between a Positive Sentiment and Negative Situation", EMNLP 2013) found
/// that contrast the commonest form of sarcasm in customer tweets. Kept conservative, since genuine
/// praise often sits beside a fact (`livré en 2 jours, bravo`, `I've used it for 2 months, great`):
/// - admiration words (`mock`: bravo, chapeau, 👏 …) turn when the sentence states a failure, a wait
///   or a complaint;
/// - thanks and a bare interjection (`Super,` `Great job!`: a clause of at most two words) turn
///   beside a failure, a churn fact or the time a step took, not beside a duration after
///   `depuis`/`since` or a repetition (`je l'utilise depuis 2 mois, très content`);
/// - never across a contrast word (`bravo au chef, mais 3 semaines pour livrer` keeps its praise).
///
/// The turned praise reads as negated praise (`SentimentRules.negationFactor`) with the
/// negativity weight of complaints. Word list: `implicit-complaints.tsv` (`mock`, `thanks`).
enum Sarcasm {
    /// True when the text has praise that could be mock (an admiration word or thanks: `found`, its
    /// tokens' kinds; or a short clause of praise, an interjection) and something to mock: a fact
    /// (`facts`, `ImplicitComplaint.mayStateFact`) or a complaint clause.
    static func mayApply(_ found: ImplicitKinds, facts: Bool, _ context: RuleContext) -> Bool {
        guard facts || context.clauses.contains(where: { $0.raw < 0 }) else { return false }
        if !found.isDisjoint(with: [.mock, .thanks, .irony]) { return true }
        return context.clauses.contains { $0.raw > 0 && $0.end - $0.first <= 3 }
    }

    /// Turns the sarcastic praise of each sentence, and a bare interjection of praise that makes a
    /// sentence of its own right after a sentence stating a failure.
    static func apply(_ found: ImplicitKinds, _ context: RuleContext) {
        var c = 0
        var failed = false
        let irony = found.contains(.irony) && context.clauses.contains { $0.raw < 0 }
        while c < context.clauses.count {
            var end = c + 1
            while end < context.clauses.count && context.clauses[end].sentence == context.clauses[c].sentence {
                end += 1
            }
            if irony { ironic(clauses: c..<end, context) }
            failed = turn(clauses: c..<end, afterFailure: failed, context)
            c = end
        }
    }

    /// Turns the praise of item `k`: mock praise reads as its negation, weighted as a negative.
    private static func mock(_ k: Int, _ context: RuleContext) {
        let turned = context.items[k].contribution * SentimentRules.negationFactor * SentimentRules.negativeWeight
        ImplicitComplaint.set(k, turned, .sarcasm, context)
    }

    /// Turns the praise of the sentence of `clauses` when it carries an irony mark (`irony`: the
    /// upside-down face 🙃, which Unicode's emoji annotations gloss "sarcasm", "irony") and the text
    /// complains somewhere (`mayApply`'s negative clause): the mark tells the reader not to take the
    /// praise beside it at its word (`a third week waiting for my refund, just lovely 🙃`).
    /// A rating is the customer's verdict and keeps its reading.
    private static func ironic(clauses: Range<Int>, _ context: RuleContext) {
        let first = context.clauses[clauses.lowerBound].first
        let end = context.clauses[clauses.upperBound - 1].end
        guard (first..<end).contains(where: { context.kinds($0).contains(.irony) }) else { return }
        for k in first..<end where context.items[k].contribution > 0 && !context.items[k].notes.contains(.rating) {
            Self.mock(k, context)
        }
    }

    /// Turns the praise of the sentence of `clauses` when it is a bare interjection (at most two
    /// words: `brilliant.`, `Top.`, `Génial !`) that follows a sentence stating a failure (`a whole
    /// week for express shipping. brilliant.`): the exclamation comments the fact just told,
    /// the contrast of Riloff et al. across a full stop. Only the lexicon's praise turns: a negated
    /// complaint is a reassurance (`reporté d'un jour. Aucun problème.`), and a longer sentence may
    /// be a verdict on something else (`Le livreur, par contre, adorable.`).
    private static func interjection(clauses: Range<Int>, _ context: RuleContext) {
        let first = context.clauses[clauses.lowerBound].first
        let end = context.clauses[clauses.upperBound - 1].end
        let words = (first..<end).count(where: { context.items[$0].kind != .punctuation })
        guard words <= 2 else { return }
        for k in first..<end where context.items[k].contribution > 0 {
            let item = context.items[k]
            // An expression may open with a negator (`aucun problème`, `no problem`): a reassurance.
            guard item.entry.valence > 0, !item.notes.contains(.rating), !item.notes.contains(.phrase),
                !context.firstTokenKinds(k).contains(.thanks)
            else {
                return
            }
        }
        for k in first..<end where context.items[k].contribution > 0 {
            Self.mock(k, context)
        }
    }

    /// The sentence of `clauses`. Only a stated fact is something to mock: a plain complaint word
    /// beside praise is a mixed verdict or a fixed problem (`bravo au SAV qui a remplacé ma lampe
    /// cassée`), and a fact counts only in a clause with no praise of its own, asserted
    /// (`ImplicitComplaint.asserted`) and not undone (`le colis bloqué est reparti`).
    ///
    /// Returns whether the sentence states a failure (for the interjection that may follow it); a
    /// sentence with no fact is itself turned when it is an interjection after one (`afterFailure`).
    private static func turn(clauses: Range<Int>, afterFailure: Bool, _ context: RuleContext) -> Bool {
        var failure = false
        var lastFact = -1
        for c in clauses {
            let range = context.clauses[c].first..<context.clauses[c].end
            if range.contains(where: { context.items[$0].entry.contrast != .none }) { return false }
            // A clause with praise of its own (`trois semaines plus tard toujours impeccable`) states
            // no failure; mock praise and thanks are what may be turned, not that praise.
            let praise = range.contains {
                ImplicitComplaint.isOpinion($0, context) && context.items[$0].contribution > 0
                    && context.kinds($0).isDisjoint(with: [.mock, .thanks])
            }
            if praise { continue }
            for k in range {
                guard let fact = ImplicitComplaint.fact(at: k, in: range, context) else { continue }
                if !ImplicitComplaint.asserted(c, at: k, context) { break }
                lastFact = max(lastFact, k)
                // A duration after `depuis`/`since` (`je l'utilise depuis 2 mois`), a repetition
                // (`commandé plusieurs fois, toujours ravie`) and a step that took hours or days
                // (`deux jours pour livrer, top`) are weak; weeks for a step (`un mois pour
                // rembourser`) are not.
                if fact != .waiting || context.kinds(k).contains(.long) { failure = true }
            }
        }
        guard lastFact >= 0 else {
            if afterFailure { interjection(clauses: clauses, context) }
            return false
        }
        for c in clauses {
            let range = context.clauses[c].first..<context.clauses[c].end
            let words = range.count(where: { context.items[$0].kind != .punctuation })
            // A rating is the customer's verdict, never sarcastic.
            for k in range where context.items[k].contribution > 0 && !context.items[k].notes.contains(.rating) {
                let kinds = context.kinds(k)
                let mock = kinds.contains(.mock)
                // Mock praise leads a fact (`super, toujours rien`, `merci pour rien`); praise after
                // the last fact is the customer's verdict on it (`reporté d'un jour, aucun problème`).
                let leads = k < lastFact
                guard mock || (failure && leads && (words <= 2 || kinds.contains(.thanks))) else { continue }
                Self.mock(k, context)
            }
        }
        return failure
    }

    /// `explain`'s words for `sarcasm`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.sarcasm) ? "praise beside a failure: sarcasm" : nil
    }
}
