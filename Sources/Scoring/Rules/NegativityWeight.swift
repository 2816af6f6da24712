import Foundation
import Lexicons
import TextProcessing

/// Negative contributions weigh `SentimentRules.negativeWeight` (×1.5): people use positive words
/// more freely than negative ones (the "positivity bias", Boucher & Osgood 1969), so a lexicon
/// scorer under-reads complaints; SO-CAL (Taboada et al. 2011) weighs negative expressions ×1.5.
/// The last rule on an item's valence.
enum NegativityWeight {
    @inline(__always) static func apply(_ v: inout Float) {
        if v < 0 { v *= SentimentRules.negativeWeight }
    }

    /// `explain`'s words for a negative contribution (no note: the sign says it).
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.contribution < 0 ? String(format: "negativity ×%.1f", SentimentRules.negativeWeight) : nil
    }
}
