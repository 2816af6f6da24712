import Foundation
import Scoring
import Testing
import VerbatimModel

/// Complaints whose meaning lies in the order of what is said, across clauses and sentences:
/// thanks closing a failure report (`Courtesy.silenceClosingThanks`), an interjection of praise
/// right after a failure and praise beside an irony mark (`Sarcasm`), and a promise belied by the
/// day named next or by a bare negated auxiliary (`BrokenPromise`).
@Suite("Complaints across sentences")
struct ComplaintAcrossSentencesTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "thanks that close a failure report carry no praise",
        arguments: [
            ("Il manque un article dans mon colis, merci de me le renvoyer", Language.fr),
            ("Ma carte bancaire a été refusée. Merci", .fr), ("le colis est perdu, merci beaucoup", .fr),
            ("my card was declined, thank you", .en), ("The app keeps crashing. Thanks", .en),
        ])
    func closingThanks(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "thanks after a fixed failure, after praise of the fix, or before any failure stay praise",
        arguments: [
            ("Mon colis était bloqué, Julie l'a fait repartir en une heure, super, merci !", Language.fr),
            ("my card was declined but your team was brilliant, thanks", .en),
            ("Thanks to Julie who sorted out my declined payment.", .en), ("Merci, livraison parfaite.", .fr),
        ])
    func thanksKept(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "a bare interjection of praise right after a failure is sarcasm",
        arguments: [
            ("Ma carte est encore refusée. Génial.", Language.fr), ("Trois semaines pour rembourser. Top.", .fr),
            ("My card was declined again. Brilliant.", .en), ("Two long weeks for a refund. Great!", .en),
        ])
    func interjection(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a reassurance, praise after a quick step and a longer verdict after a failure are no sarcasm",
        arguments: [
            ("Livraison reportée d'un jour. Aucun problème.", Language.fr),
            ("My order was postponed by a day. No problem.", .en), ("Livré en 2 jours. Parfait.", .fr),
            ("Delivered in two days. Great.", .en),
            ("My card was declined. The agent who fixed it was brilliant.", .en),
        ])
    func noInterjection(text: String, language: Language) throws {
        // The reassurance's sentence keeps its praise (the failure before it still weighs).
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(!scorer.explain(text, language: language).contains("praise beside a failure: sarcasm"))
    }

    @Test(
        "a length counted past one word is still a wait for a step",
        arguments: [("deux longues semaines pour être remboursé", Language.fr), ("a full week to reply", .en)])
    func countedPastAWord(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a promise told with a time, then a sentence naming only the day it was told, is broken",
        arguments: [
            ("They told me 3 days. That was Monday.", Language.en), ("On m'a dit 48 heures. C'était lundi.", .fr),
            ("On m'a dit sous 2 jours. On est vendredi.", .fr),
        ])
    func brokenPromise(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a promise followed by the step done that day, or by a longer sentence, is not belied",
        arguments: [
            ("They told me 2 days. Delivered Monday.", Language.en),
            ("On m'a dit lundi. Livré lundi, parfait.", .fr),
            ("I was told 2 days. We will see on Monday if it comes.", .en),
        ])
    func promiseKept(text: String, language: Language) throws {
        #expect(try Self.score(text, language) >= 0)
    }

    @Test(
        "a bare negated auxiliary after what the customer was told or promised is a broken promise",
        arguments: [
            ("they said they would call me back, they didn't", Language.en),
            ("I was promised a refund. Never.", .en), ("Ils ont promis de rappeler. Jamais.", .fr),
            ("On m'a dit qu'on me rappellerait, toujours pas.", .fr),
        ])
    func denial(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a negated clause with a verb of its own, or a promise kept, is no denial",
        arguments: [
            ("I was told it was in stock, I didn't mind", Language.en),
            ("They said it would fit, and it did", .en), ("On m'a dit lundi, je n'ai pas hésité", .fr),
            ("they didn't", .en),
        ])
    func noDenial(text: String, language: Language) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(!scorer.explain(text, language: language).contains("a promise told, belied next"))
    }

    @Test(
        "praise beside the upside-down face in a text that complains is irony",
        arguments: [
            ("a third week waiting for my refund, just lovely 🙃", Language.en),
            ("encore une semaine d'attente, j'adore 🙃", .fr), ("colis perdu. Génial 🙃", .fr),
        ])
    func irony(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "the upside-down face in a text with no complaint leaves its praise alone",
        arguments: [("love it 🙃", Language.en), ("livraison rapide, j'adore 🙃", .fr)])
    func noIrony(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "thanks in the same clause as the failure they close carry no praise",
        arguments: [
            ("il manque un article dans ma commande merci", Language.fr),
            ("my parcel never arrived thanks", .en),
        ])
    func thanksInTheFactsClause(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "explain names the rules across sentences",
        arguments: [
            ("They told me 3 days. That was Monday.", Language.en, "a promise told, belied next"),
            ("they promised to call me back, they didn't", .en, "a promise told, belied next"),
            ("a third week waiting for my refund, just lovely 🙃", .en, "praise beside a failure: sarcasm"),
            ("My card was declined again. Brilliant.", .en, "praise beside a failure: sarcasm"),
            ("Ma carte bancaire a été refusée. Merci", .fr, "courtesy formula: no opinion"),
        ])
    func explain(text: String, language: Language, rule: String) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(scorer.explain(text, language: language).contains(rule))
    }
}
