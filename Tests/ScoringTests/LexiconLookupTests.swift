import Lexicons
import Scoring
import Testing
import VerbatimModel

/// Look-ups the scorer resolves ahead of time (stemmed forms, longest expressions): what a user
/// relies on is that an inflected word or a long expression scores as written in the lexicon.
@Suite("Lexicon look-ups")
struct LexiconLookupTests {
    /// A small invented lexicon per language: a few valence words, one expression with a shorter
    /// expression as its prefix, one word listed with valence 0 (never stemmed onto anything); the
    /// rules' word lists of the repository.
    static func scorer() throws -> SentimentScorer {
        let english = try SentimentLexicon(
            language: .en,
            tables: [
                (
                    SentimentLexiconFile.perLanguage[0],
                    try TSVTable(
                        text: "term\tvalence\nhappy\t2\nlove\t3\nsad\t-2\nslow\t-1.5\nrude\t-2.5\nfix\t0\n",
                        file: "valence.tsv")
                ),
                (
                    SentimentLexiconFile.perLanguage[1],
                    try TSVTable(
                        text: "expression\tvalence\non hold\t-1\non hold for an hour\t-3\n", file: "expressions.tsv")
                ),
            ])
        let french = try SentimentLexicon(
            language: .fr,
            tables: [
                (
                    SentimentLexiconFile.perLanguage[0],
                    try TSVTable(text: "term\tvalence\ndéçu\t-2\nlent\t-1.5\nparfait\t3\n", file: "valence.tsv")
                )
            ])
        // The repository's word lists: the stemmer's English verb endings are one (`verb-suffixes.tsv`).
        let words = try RuleWordLists(directory: RepositoryLexicons.directory)
        return SentimentScorer(french: french, english: english, words: words)
    }

    @Test(
        "an inflected form scores as the word the lexicon lists",
        arguments: [
            ("happier", "happy", Language.en), ("happily", "happy", .en), ("loved", "love", .en),
            ("loving", "love", .en), ("sadder", "sad", .en), ("saddest", "sad", .en), ("ruder", "rude", .en),
            ("déçus", "déçu", .fr), ("lentement", "lent", .fr), ("parfaitement", "parfait", .fr),
        ])
    func stemmed(form: String, stem: String, language: Language) throws {
        let scorer = try Self.scorer()
        let inflected = scorer.score(form, language: language).score
        #expect(inflected != 0)
        #expect(inflected == scorer.score(stem, language: language).score)
        #expect(scorer.explain(form, language: language).contains("stem match"))
    }

    @Test("a form that no rule brings back to a valence word stays unknown")
    func unknown() throws {
        let scorer = try Self.scorer()
        for text in ["fixed", "happyness", "déçuité", "lov"] {
            #expect(scorer.score(text, language: text.contains("é") ? .fr : .en).score == 0)
        }
    }

    @Test("an elongated word is read as its plain form")
    func elongated() throws {
        let scorer = try Self.scorer()
        #expect(scorer.score("sooo saaad", language: .en).score < 0)
        #expect(scorer.explain("saaad", language: .en).contains("stem match"))
    }

    @Test("the longest expression wins over a shorter one it starts with")
    func longestExpression() throws {
        let scorer = try Self.scorer()
        let long = scorer.score("on hold for an hour", language: .en).score
        let short = scorer.score("on hold for a while", language: .en).score
        #expect(long < short)
        #expect(short < 0)
        #expect(scorer.score("on hold, for an hour", language: .en).score == short)
    }
}
