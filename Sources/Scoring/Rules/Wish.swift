import Foundation
import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// Praise in a wish or regret, read as what was missing.
    public static let wish = Self(rawValue: 1 << 7)
}

/// Wishes and regrets (`j'aurais aimé un accueil plus chaleureux`, `would have been nice`): the
/// praise names what was missing, so it is reversed and halved (`SentimentRules.wishFactor`).
/// `ImplicitFailure` reads a function in such a clause as a failure. An emoji keeps its reading
/// (the writer's feeling, not the praise wished for; see `Irrealis`).
///
/// Lexicon role: `modality.tsv` kind `wish` (found by `Irrealis.findMarkers`).
enum Wish {
    /// Reverses the positive valence `v` of item `k` in a wish clause. True when it did (the
    /// conditional reading then does not apply).
    @inline(__always)
    static func apply(_ k: Int, _ v: inout Float, _ state: ClauseState, _ context: RuleContext) -> Bool {
        guard state.wish && v > 0 && context.items[k].kind != .emoji else { return false }
        v *= SentimentRules.wishFactor
        context.items[k].notes.insert(.wish)
        return true
    }

    /// `explain`'s words for `wish`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.wish) ? String(format: "wish/regret ×%.2f", SentimentRules.wishFactor) : nil
    }
}
