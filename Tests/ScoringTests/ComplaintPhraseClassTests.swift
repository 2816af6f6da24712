import Foundation
import Scoring
import Testing
import VerbatimModel

/// Phrase classes of complaints with no opinion word that customers of any shop write
/// (`cx-expressions.tsv`, `failures.tsv`, `implicit-complaints.tsv`): the last order announced,
/// a thing out of stock or still held for a long time, nobody who knows, a page that loads
/// forever, a discount not applied, a double charge, an app that crashes, a
/// delivery postponed, `tjr`/`tjrs` for `toujours`, a thing arrived in pieces, a call cut
/// off, money asked back, a delivery card while the customer was home (French), a wait stressed by `already`. Each with the cases where the same words are
/// no complaint.
@Suite("Complaint phrase classes")
struct ComplaintPhraseClassTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "a complaint of one of these classes is negative",
        arguments: [
            // The last order (churn).
            ("c'est la dernière fois que j'achète chez vous", Language.fr),
            ("that's the last time I order from you", .en),
            // Out of stock for long, still held by the shop or the carrier.
            ("toujours en rupture depuis un mois", .fr), ("still out of stock after all this time", .en),
            ("le colis est toujours dans vos entrepôts", .fr),
            // Nobody knows, nobody answers the chat.
            ("personne ne sait où est mon colis", .fr), ("nobody knows where my parcel is", .en),
            ("nobody could tell me where my refund went", .en),
            // A page that loads forever, an app that crashes, a session not kept.
            ("the page keeps loading forever", .en), ("l'appli crashe au paiement", .fr),
            ("le site ne garde pas mon panier", .fr),
            // A discount not applied, points not credited, a double charge.
            ("la remise n'a pas été appliquée", .fr), ("the discount code was not applied", .en),
            ("my points were never credited", .en), ("ma carte a été débitée deux fois", .fr),
            // A delivery postponed, a wait still going (`tjrs`), a length judged.
            ("livraison décalée deux fois", .fr), ("tjrs pas de remboursement", .fr),
            ("la livraison, c'est long", .fr),
            // A thing that came in pieces, a call cut off, money asked back.
            ("the vase arrived in pieces", .en), ("le miroir est arrivé en morceaux", .fr),
            ("waited 20 minutes and the line went dead", .en), ("au bout d'une heure l'appel a coupé", .fr),
            ("queued for what? it's my money", .en), ("rendez-moi mon argent", .fr),
            // A missed-delivery card while the customer was home.
            ("avis de passage alors que j'étais là", .fr), ("the box was mush when it came", .en),
            // A wait stressed by `already`.
            ("it's been 9 days already", .en),
        ])
    func complaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "the same words in praise, in the past or done keep their reading",
        arguments: [
            ("la dernière fois que j'ai commandé, tout était parfait", Language.fr),
            ("the last time I ordered it arrived in two days, great", .en),
            ("remise bien appliquée, merci", .fr), ("un humour décalé, j'adore", .fr),
            ("de nouveau en stock, super", .fr), ("everyone knows this brand is great", .en),
            ("got my money's worth, great lamp", .en), ("argent bien dépensé, je recommande", .fr),
            ("livré alors que j'étais là, parfait", .fr), ("it's been 2 weeks already and I love it", .en),
        ])
    func noComplaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }
}
