import Foundation
import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Some boost was added to the magnitude (intensifiers, caps, repeated letters, `trop`, never-so).
    public static let boosted = Self(rawValue: 1 << 3)
    /// In capitals in a text that is not (VADER's caps emphasis).
    public static let caps = Self(rawValue: 1 << 4)
    /// Repeated letters (`nuuul`).
    public static let elongated = Self(rawValue: 1 << 5)
}

/// Intensifiers and dampeners (`très`, `very`, `un peu`, `slightly`) in the three words before a
/// word with a valence add their boost, decayed with distance (VADER's `scalar_inc_dec`: 1, 0.95,
/// 0.9); capitals in a text that is not all capitals and repeated letters add VADER's `C_INCR` and
/// `B_INCR` (Hutto & Gilbert, ICWSM 2014).
///
/// Lexicon role: `intensifiers.tsv` (the boost column). An excess word or a negator with a boost
/// is not counted here (`Excess`, the negation rules read it).
enum Intensifiers {
    /// Adds the decayed boosts of the intensifiers before item `k`.
    @inline(__always)
    static func decayedBoost(_ k: Int, _ boost: inout Float, _ state: ClauseState, _ context: RuleContext) {
        var distance = 0
        var j = k - 1
        while j >= state.first && distance < SentimentRules.boostDecayReach {
            let before = context.items[j]
            if before.kind == .punctuation { break }
            if before.entry.boost != 0 && before.entry.excess != .excess && before.entry.negator == 0 {
                boost += before.entry.boost * SentimentRules.boostDecay(at: distance)
            }
            distance += 1
            j -= 1
        }
    }

    /// Adds the boost of capitals.
    @inline(__always) static func caps(_ k: Int, _ boost: inout Float, _ context: RuleContext) {
        guard context.items[k].flags.contains(.allCaps) && !context.textIsAllCaps else { return }
        boost += SentimentRules.capsBoost
        context.items[k].notes.insert(.caps)
    }

    /// Adds the boost of repeated letters.
    @inline(__always) static func elongation(_ k: Int, _ boost: inout Float, _ context: RuleContext) {
        guard context.items[k].flags.contains(.elongated) else { return }
        boost += SentimentRules.elongationBoost
        context.items[k].notes.insert(.elongated)
    }

    /// `explain`'s words for `boosted`, `caps` and `elongated`, each when noted.
    static func explainBoost(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.boosted) ? String(format: "boost %+.2f", item.boost) : nil
    }

    static func explainCaps(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.caps) ? "CAPS" : nil
    }

    static func explainElongation(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.elongated) ? "repeated letters" : nil
    }
}
