import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A day that belies the promise told in the sentence before (`was told 3 days. That was Monday.`).
    public static let brokenPromise = Self(rawValue: 1 << 29)
}

/// A broken promise told by dates: the customer reports what they were told, with a time (`I was
/// told 3 days`, `on m'a dit lundi`), then names in a short sentence of its own the day it was said
/// (`That was Monday.`, `C'était mardi.`, `On est vendredi.`). The second sentence states no opinion
/// word, only the day; set against the promised time it says the promise was not kept — an
/// "objective statement that implies an opinion" (Liu, *Sentiment Analysis and Opinion Mining*,
/// 2012, §2.4) whose meaning is the contrast between the two sentences, as in Riloff et al.'s
/// sarcasm (EMNLP 2013). The rule gives the day the complaint of a stated failure.
///
/// Kept narrow: the told word (`told`, `dit`, kind `told`) must be followed by a time in its
/// sentence (a length, a day or a number), and the next sentence must be a question-free sentence of
/// at most four words, none of them in the lexicon but the day (`Arrived Monday.` has `arrived`, a
/// delivery word: the promise was kept).
///
/// Word list: `implicit-complaints.tsv` (`told`, `day`, `unit`, `long`).
enum BrokenPromise {
    /// True when the text has a told word and a day.
    static func mayApply(_ found: ImplicitKinds) -> Bool {
        found.isSuperset(of: [.told, .day])
    }

    /// Marks the day of each sentence that belies the promise told in the sentence before it.
    static func apply(_ context: RuleContext) {
        var c = 0
        var told = false
        while c < context.clauses.count {
            var end = c + 1
            while end < context.clauses.count && context.clauses[end].sentence == context.clauses[c].sentence {
                end += 1
            }
            let items = context.clauses[c].first..<context.clauses[end - 1].end
            if told, !SentenceTail(of: end - 1, context).question, let day = belying(items, context) {
                let valence = SentimentRules.statedFailureValence * SentimentRules.negativeWeight
                ImplicitComplaint.set(day, valence, .brokenPromise, context)
            }
            told = tellsTime(items, context)
            c = end
        }
    }

    /// True when a told word in `items` is followed by a time: a length, a day or a number.
    private static func tellsTime(_ items: Range<Int>, _ context: RuleContext) -> Bool {
        guard let told = items.first(where: { context.kinds($0).contains(.told) }) else { return false }
        return ((told + 1)..<items.upperBound).contains {
            context.items[$0].kind == .number || !context.kinds($0).isDisjoint(with: [.day, .unit, .long])
        }
    }

    /// The day of `items` when they are a short sentence naming it, with no other lexicon word.
    private static func belying(_ items: Range<Int>, _ context: RuleContext) -> Int? {
        var day: Int? = nil
        var words = 0
        for k in items where context.items[k].kind != .punctuation {
            words += 1
            if context.kinds(k).contains(.day) {
                day = k
            } else if context.items[k].known {
                return nil
            }
        }
        return words <= 4 ? day : nil
    }

    /// True when the text reports what the customer was told or promised (`found`: its tokens'
    /// kinds), for `applyDenial`.
    static func mayDeny(_ found: ImplicitKinds) -> Bool {
        !found.isDisjoint(with: [.told, .promise])
    }

    /// Marks a bare negated auxiliary that follows, in the text, a clause reporting what the
    /// customer was told or promised (`they said they'd call me back, they didn't`, `on m'avait
    /// promis un appel. Jamais.`): the ellipsis takes its verb from the promise and denies it, the
    /// "promised and not done" of issue 16. The elided clause says nothing else: at most three
    /// words ending with the negator, no other lexicon word (`I didn't mind` has a verb of its own and
    /// is left alone), and no question (`they didn't?` asks).
    static func applyDenial(_ context: RuleContext) {
        var told = false
        for c in context.clauses.indices {
            let range = context.clauses[c].first..<context.clauses[c].end
            if told, let negator = denial(range, context), !SentenceTail(of: c, context).question {
                let valence = SentimentRules.statedFailureValence * SentimentRules.negativeWeight
                // A denial that is a complaint of its own (`toujours rien`) keeps its weight.
                if context.items[negator].contribution > valence {
                    ImplicitComplaint.set(negator, valence, .brokenPromise, context)
                }
            }
            if !told { told = range.contains { !context.kinds($0).isDisjoint(with: [.told, .promise]) } }
        }
    }

    /// The negator of `items` when they are an elided clause: at most three words, no lexicon word
    /// but the negator, which ends the clause (`they didn't`; `I didn't mind` keeps a verb of its own).
    private static func denial(_ items: Range<Int>, _ context: RuleContext) -> Int? {
        var last: Int? = nil
        var words = 0
        for k in items where context.items[k].kind != .punctuation {
            words += 1
            if context.items[k].entry.negator == 0 && context.items[k].known { return nil }
            last = k
        }
        guard words <= 3, let last, context.items[last].entry.negator != 0 else { return nil }
        return last
    }

    /// `explain`'s words for `brokenPromise`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.brokenPromise) ? "a promise told, belied next: a complaint" : nil
    }
}
