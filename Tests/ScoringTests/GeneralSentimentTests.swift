import Foundation
import Scoring
import Testing
import VerbatimModel

/// General behaviours of the scorer that carry across data sets (issue 16): resolution, modality,
/// emoticons, valence of emotion words, and the nouns of customer talk that carry no opinion.
@Suite("General sentiment behaviours")
struct GeneralSentimentTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "praise after a resolving verb describes the fix and stays praise",
        arguments: [
            ("problème réglé rapidement", Language.fr), ("le souci a été résolu très efficacement", .fr),
            ("Everything was sorted with no problem", .en), ("fixed quickly and efficiently", .en),
            ("they fixed the problem", .en),
        ])
    func resolvedPraise(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "a modal or hedge halves praise: weaker than the assertion, still praise",
        arguments: [
            ("this might be the best camera", "this is the best camera", Language.en),
            ("perhaps the best film of the year", "the best film of the year", .en),
            ("c'est peut-être le meilleur restaurant du quartier", "c'est le meilleur restaurant du quartier", .fr),
        ])
    func hedgedPraise(hedged: String, plain: String, language: Language) throws {
        let score = try Self.score(hedged, language)
        #expect(score > 0)
        #expect(try score < Self.score(plain, language))
    }

    @Test(
        "a hypothesis still blocks praise",
        arguments: [("If you want a great camera, read on.", Language.en), ("si vous cherchez un bon restaurant", .fr)])
    func hypothesis(text: String, language: Language) throws {
        #expect(try Self.score(text, language) == 0)
    }

    @Test(
        "a suggestion that names what is missing is a mild complaint",
        arguments: [
            ("It would be nice to get a call back", Language.en), ("Could be better", .en),
            ("ce serait bien d'avoir une réponse", .fr), ("pourrait être mieux", .fr),
        ])
    func suggestion(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "laughing emoticons are read in either case and language",
        arguments: [(":D", Language.en), (":-D", .en), ("=D", .en), ("XD", .en), (":D", .fr), ("=D", .fr)])
    func emoticon(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "an emoticon keeps its reading in a question",
        arguments: [("did you have a good birthday? :)", Language.en), ("tu viens ce soir ? :D", .fr)])
    func emoticonInQuestion(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "emotion words carry their valence",
        arguments: [
            ("j'en ai marre", Language.fr, -1.0), ("ras le bol de ce service", .fr, -1.0), ("j'ai peur", .fr, -1.0),
            ("I am sick of waiting", .en, -1.0), ("so pissed", .en, -1.0), ("Congratulations", .en, 1.0),
        ])
    func emotionWord(text: String, language: Language, sign: Double) throws {
        #expect(try Self.score(text, language) * sign > 0)
    }

    @Test(
        "a journey-step noun or a requested action is no praise",
        arguments: ["the refund", "customer support", "fix it", "resolve the ticket"])
    func neutralCustomerTalk(text: String) throws {
        #expect(try Self.score(text, .en) <= 0)
    }
}
