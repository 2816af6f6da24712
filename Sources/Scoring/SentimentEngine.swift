import Lexicons
import TextProcessing
import VerbatimModel

/// The scoring algorithm over one tokenised text: items (words and matched expressions,
/// `SentimentEngine+Items`), clauses (`+Clauses`), the rules (`Rules/`, walked in the order
/// `+Rules` documents), the verdict (`+Verdict`). Pure: everything it needs is in its arguments.
///
/// A class (immutable) so that choosing the engine for a text copies one reference, not the
/// lexicon's dozen buffers with a retain and a release each.
final class SentimentEngine: Sendable {
    let lexicon: SentimentLexicon
    /// True for the French lexicon (which side of `WordIndex` records to read).
    let isFrench: Bool
    /// The lexicon's entries, held here so the hot loop reads them without cross-module calls.
    let wordEntries: [LexiconEntry]
    let phraseEntries: [LexiconEntry]
    /// The lexicon's multiword expressions by combined token hash.
    let phraseIndex: PhraseIndex
    /// The rules' word lists (both languages', shared by both engines).
    let words: RuleWordLists

    init(lexicon: SentimentLexicon, words: RuleWordLists) {
        // Entries then hold the number of their negator kind in the rules' table (`Negators`).
        let lexicon = lexicon.renumberingNegators(to: Negators.names)
        self.lexicon = lexicon
        self.words = words
        isFrench = lexicon.language == .fr
        wordEntries = lexicon.wordEntries
        phraseEntries = lexicon.phraseEntries
        phraseIndex = PhraseIndex(lexicon)
    }
}
