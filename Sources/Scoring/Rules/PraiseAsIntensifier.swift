import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A praise word used as the intensifier of the next word (`super décevant`).
    public static let asIntensifier = Self(rawValue: 1 << 18)
}

/// A word that is both praise and intensifier (`super`, `vraiment`, `hyper`) is only the
/// intensifier right before a word with a valence: `super décevante` is very disappointing, not
/// great and disappointing. Its boost then reaches the next word through `Intensifiers`.
///
/// Lexicon role: a term in both `valence.tsv` and `intensifiers.tsv`.
enum PraiseAsIntensifier {
    /// Drops the valence `v` of item `k` when it intensifies the next word.
    @inline(__always)
    static func apply(_ k: Int, _ v: inout Float, _ entry: LexiconEntry, _ state: ClauseState, _ context: RuleContext) {
        guard v != 0 && entry.boost != 0, let next = context.nextWord(after: k, before: state.end) else { return }
        let items = context.items
        guard items[next].entry.hasValence && items[next].entry.valence != 0 else { return }
        v = 0
        items[k].notes.insert(.asIntensifier)
    }

    /// `explain`'s words for `asIntensifier`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.asIntensifier) ? "intensifier of the next word, own valence not counted" : nil
    }
}
