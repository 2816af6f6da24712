import Lexicons
import TextProcessing

/// Clause weights of the opening and closing sentences of a text of
/// `SentimentRules.edgeSentenceMinimum` sentences or more: reviews and e-mails state their verdict
/// there (Taboada & Grieve, "Analyzing Appraisal Automatically", AAAI Spring Symposium 2004).
enum EdgeSentences {
    /// Weighs the clauses of the first and last sentences.
    static func weigh(_ context: RuleContext) {
        let clauses = context.clauses
        guard let last = clauses.last?.sentence, last + 1 >= SentimentRules.edgeSentenceMinimum else { return }
        for c in clauses.indices where clauses[c].sentence == 0 || clauses[c].sentence == last {
            clauses[c].weight *= SentimentRules.edgeSentenceWeight
        }
    }
}
