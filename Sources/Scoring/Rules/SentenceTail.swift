import Lexicons
import TextProcessing

/// The final punctuation of a clause's sentence, which decides question (`Irrealis`) and
/// exclamation (`Emphasis`) for all its clauses.
struct SentenceTail {
    /// The sentence ends with `?`.
    var question = false
    /// `!` at its end, counted only for the sentence's last clause.
    var exclamations = 0

    /// The tail of the sentence of clause `c`.
    @inline(__always)
    init(of c: Int, _ context: RuleContext) {
        let items = context.items
        let clauses = context.clauses
        let sentence = clauses[c].sentence
        var lastOfSentence = c
        while lastOfSentence + 1 < clauses.count && clauses[lastOfSentence + 1].sentence == sentence {
            lastOfSentence += 1
        }
        let tail = clauses[lastOfSentence]
        for k in stride(from: tail.end - 1, through: tail.first, by: -1) where items[k].kind == .punctuation {
            let p = items[k].punctuation
            if p == 0x3F { question = true }
            if p == 0x21 { exclamations += Int(items[k].run) }
            if !(p == 0x3F || p == 0x21) { break }
        }
        if lastOfSentence != c { exclamations = 0 }
    }
}
