import Testing
import VerbatimModel

@testable import Scoring

/// The scorer counts function words of other languages (`common/foreign.tsv`) during its one probe
/// per word: a verbatim in German or Spanish must be noticed (German `die` or `gift` would read as
/// English complaints or praise); a French or English one must never be taken for foreign because
/// it quotes a name.
@Suite struct ForeignLanguageScoringTests {
    static func foreignLanguage(_ text: String) throws -> String? {
        let scorer = try #require(RepositoryLexicons.scorer)
        var scratch = ScoringScratch()
        return scorer.score(text, language: .unknown, scratch: &scratch).foreignLanguage
    }

    @Test(arguments: [
        ("Leider ist meine Bestellung noch nicht angekommen und ich warte.", "de"),
        ("Mi pedido todavía no ha llegado, muy mal servicio pero gracias.", "es"),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", "la"),
    ])
    func aTextInAnotherLanguageIsNoticed(text: String, code: String) throws {
        #expect(try Self.foreignLanguage(text) == code)
    }

    @Test(arguments: [
        "Je n'ai pas reçu la lampe « Leuchte und Licht » que j'ai commandée, est-ce normal ?",
        "My order of the Muy Bueno salsa is not here and the tracking is stuck.",
        "Danke!",
        "",
    ])
    func frenchEnglishAndShortTextsAreNot(text: String) throws {
        #expect(try Self.foreignLanguage(text) == nil)
    }

    /// Without a foreign word list (lexicons built in memory) detection is off.
    @Test func noListNoDetection() throws {
        let repository = try #require(RepositoryLexicons.scorer)
        let scorer = SentimentScorer(french: repository.french, english: repository.english)
        var scratch = ScoringScratch()
        let text = "Leider ist meine Bestellung noch nicht angekommen und ich warte."
        #expect(scorer.score(text, language: .unknown, scratch: &scratch).foreignLanguage == nil)
    }
}
