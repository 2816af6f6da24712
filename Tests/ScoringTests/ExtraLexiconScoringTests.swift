import Foundation
import Lexicons
import Scoring
import Testing
import VerbatimModel

/// Scoring with `--extra-lexicon` files: the hand-written samples of `Tests/LexiconsTests/Fixtures`.
@Suite("Scoring with third-party lexicons")
struct ExtraLexiconScoringTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("LexiconsTests/Fixtures")

    static func scorer(_ arguments: String...) throws -> SentimentScorer {
        let extras = try arguments.map { argument throws(LexiconError) in
            let reference = ExtraLexiconReference(argument: argument)
            return try ThirdPartyLexicon(
                ExtraLexiconReference(
                    path: fixtures.appendingPathComponent(reference.source).path, language: reference.language,
                    format: reference.format))
        }
        return try SentimentScorer(lexiconDirectory: RepositoryLexicons.directory, extraLexicons: extras)
    }

    @Test(
        "a sentence our lexicon cannot score changes once the extra lexicon is loaded",
        arguments: [
            ("The delivery was shambolic.", Language.en, "vader_lexicon_sample.txt"),
            ("Service calamiteux.", .fr, "feel_sample.csv"),
            ("The courier seemed skittish.", .en, "nrc_emolex_sample.txt"),
        ])
    func changesScore(text: String, language: Language, file: String) throws {
        let ours = try #require(RepositoryLexicons.scorer)
        let before = ours.score(text, language: language)
        let after = try Self.scorer(file).score(text, language: language)
        #expect(before.label == .neutral)
        #expect(after.label == .negative)
        #expect(after.score < before.score)
    }

    @Test("our rules apply to third-party words: negation flips them")
    func negation() throws {
        let scorer = try Self.scorer("vader_lexicon_sample.txt")
        #expect(scorer.score("The delivery was shambolic.", language: .en).score < 0)
        #expect(scorer.score("The delivery was not shambolic.", language: .en).score > 0)
    }

    @Test("a sentence of our own words scores the same with or without the extra lexicon")
    func oursUnchanged() throws {
        let ours = try #require(RepositoryLexicons.scorer)
        let text = "No, the support was excellent."
        #expect(
            try Self.scorer("vader_lexicon_sample.txt").score(text, language: .en) == ours.score(text, language: .en))
    }

    @Test("emotions from FEEL map to ours (fear becomes worry)")
    func emotions() throws {
        let emotions = try Self.scorer("feel_sample.csv").emotions("Service calamiteux.", language: .fr)
        #expect(Set(emotions.map(\.emotion)) == [.worry, .sadness])
    }

    @Test("explain says which terms came from the third-party file")
    func explainTagsSource() throws {
        let trace = try Self.scorer("vader_lexicon_sample.txt").explain("Janky app, excellent support.", language: .en)
        let lines = trace.split(separator: "\n")
        let janky = try #require(lines.first { $0.contains("Janky") })
        let excellent = try #require(lines.first { $0.contains("excellent") && !$0.contains("\"") })
        #expect(janky.contains("from ") && janky.contains("vader_lexicon_sample.txt"))
        #expect(!excellent.contains("from "))
    }

    @Test("a language prefix routes a file to that language's lexicon")
    func languageOverride() throws {
        let scorer = try Self.scorer("en:feel_sample.csv")
        #expect(scorer.english.entry(for: "calamiteux")?.hasValence == true)
        #expect(scorer.french.entry(for: "calamiteux") == nil)
    }
}
