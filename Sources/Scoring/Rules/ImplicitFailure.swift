import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A negated expected function (`doesn't work`, `pas de réponse`): a failure.
    public static let failure = Self(rawValue: 1 << 16)
}

/// Implicit failures: a negated expected function (`doesn't work`, `ne répond pas`, `no picture`)
/// reports a failure, the implied-opinion reading of product reviews (Liu, *Sentiment Analysis and
/// Opinion Mining*, 2012, §2.4 "explicit and implicit opinions"). A partial negator (`barely
/// works`, `rarely arrives on time`) reports a weaker one. So does a function in a wish or
/// counterfactual (`should have been installed`, `aurait dû être livré`): what should have happened
/// did not. The failure reading replaces a mild valence the word may have (`worked` +0.6).
///
/// Lexicon role: `failures.tsv` (the valence when negated).
enum ImplicitFailure {
    /// Replaces the valence `v` of item `k` by its failure valence when the function is negated,
    /// wished for, or a negated resolving verb. True when it did.
    @inline(__always)
    static func apply(
        _ k: Int, _ v: inout Float, _ entry: LexiconEntry, negatedResolution: Bool, _ state: ClauseState,
        _ context: RuleContext
    ) -> Bool {
        guard v >= 0 && entry.failureValence != 0 else { return false }
        let negated = entry.negator == 0 && (k < state.particleSpanEnd || state.negLeft > 0 || state.wish)
        guard negated || negatedResolution else { return false }
        let partial = state.negLeft > 0 && k >= state.particleSpanEnd && state.negPartial && !negatedResolution
        v = entry.failureValence * (partial ? abs(SentimentRules.partialNegationFactor) : 1)
        context.items[k].notes.insert(.failure)
        return true
    }

    /// `explain`'s words for `failure`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.failure) ? "negated or unfulfilled function: a failure" : nil
    }
}
