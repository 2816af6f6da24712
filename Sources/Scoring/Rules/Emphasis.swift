import Lexicons
import TextProcessing

/// Exclamation marks strengthen the last clause of their sentence: `SentimentRules.exclamationBoost`
/// per `!`, up to `SentimentRules.maxExclamations` (VADER's `_amplify_ep`, Hutto & Gilbert, ICWSM
/// 2014). Read from the text's punctuation (`SentenceTail`), not from a lexicon.
enum Emphasis {
    /// The clause's `raw` sum with its exclamations.
    @inline(__always) static func apply(_ raw: Double, exclamations: Int) -> Double {
        guard raw != 0 && exclamations > 0 else { return raw }
        return raw + Double(raw > 0 ? 1 : -1) * Double(SentimentRules.exclamationBoost)
            * Double(min(exclamations, SentimentRules.maxExclamations))
    }
}
