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
        if !found.isDisjoint(with: [.mock, .thanks]) { return true }
        return context.clauses.contains { $0.raw > 0 && $0.end - $0.first <= 3 }
    }

    /// Turns the sarcastic praise of each sentence.
    static func apply(_ context: RuleContext) {
        var c = 0
        while c < context.clauses.count {
            var end = c + 1
            while end < context.clauses.count && context.clauses[end].sentence == context.clauses[c].sentence {
                end += 1
            }
            turn(clauses: c..<end, context)
            c = end
        }
    }

    /// The sentence of `clauses`. Only a stated fact is something to mock: a plain complaint word
    /// beside praise is a mixed verdict or a fixed problem (`bravo au SAV qui a remplacé ma lampe
    /// cassée`), and a fact counts only in a clause with no praise of its own, asserted
    /// (`ImplicitComplaint.asserted`) and not undone (`le colis bloqué est reparti`).
    private static func turn(clauses: Range<Int>, _ context: RuleContext) {
        var failure = false
        var lastFact = -1
        for c in clauses {
            let range = context.clauses[c].first..<context.clauses[c].end
            if range.contains(where: { context.items[$0].entry.contrast != .none }) { return }
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
        guard lastFact >= 0 else { return }
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
                let turned =
                    context.items[k].contribution * SentimentRules.negationFactor * SentimentRules.negativeWeight
                ImplicitComplaint.set(k, turned, .sarcasm, context)
            }
        }
    }

    /// `explain`'s words for `sarcasm`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.sarcasm) ? "praise beside a failure: sarcasm" : nil
    }
}
