import Foundation
import Scoring
import Testing
import VerbatimModel

/// Word classes of customer writing that general lexicons read wrongly (issue 16, round 2): the
/// politeness of a request (`please`, `s'il vous plaît`, `would like`) is no praise, concessive
/// thanks (`merci quand même`, `thanks anyway`) close a disappointment, a thing that vanished is a
/// failure, and damage to goods (`scuffed`, `cabossée`) is a defect. Data: `valence.tsv`,
/// `expressions.tsv`, `cx-expressions.tsv`, `implicit-complaints.tsv`.
@Suite("Requests, concessive thanks and damage words")
struct RequestAndDamageWordTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "a polite request carries no praise",
        arguments: [
            ("can I speak to someone please", Language.en), ("I would like a replacement", .en),
            ("rappelez-moi s'il vous plaît", .fr), ("envoyez-moi le bon de retour s'il te plaît", .fr),
            ("j'ai un bon d'achat de 10 euros", .fr), ("j'aimerais savoir où en est ma commande", .fr),
            ("mon mari aimerait un échange", .fr),
        ])
    func requests(text: String, language: Language) throws {
        #expect(try Self.score(text, language) == 0)
    }

    @Test(
        "`plaire` and a crowd pleaser stay praise",
        arguments: [
            ("ça me plaît beaucoup", Language.fr), ("the film was a real crowd pleaser", .en),
            ("j'aime beaucoup cette lampe", .fr),
        ])
    func likingStaysPraise(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "concessive thanks, a vanished option and damaged goods are complaints",
        arguments: [
            ("ok thanks anyway", Language.en), ("the discount code vanished at checkout", .en),
            ("the table arrived scuffed", .en), ("d'accord, merci quand même", .fr),
            ("la lampe est arrivée cabossée", .fr), ("le bol est ébréché", .fr),
        ])
    func complaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }
}
