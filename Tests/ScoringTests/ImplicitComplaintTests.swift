import Foundation
import Scoring
import Testing
import VerbatimModel

/// Implicit complaints (`ImplicitComplaint`, `Sarcasm`, `Courtesy` and `implicit-complaints.tsv`):
/// complaints stated as facts, churn, sarcasm and courtesy formulas, each with the cases that must
/// not fire.
@Suite("Implicit complaints")
struct ImplicitComplaintTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "a failure, a wait, a repetition or churn stated as a fact is a complaint",
        arguments: [
            ("ma carte bancaire a été refusée", Language.fr), ("l'appli plante au paiement", .fr),
            ("la livraison a encore été reportée", .fr), ("encore rien ce matin", .fr),
            ("vous m'aviez promis un rappel", .fr), ("j'ai appelé 4 fois", .fr),
            ("c'est la troisième fois que j'écris", .fr), ("ça fait trois semaines", .fr),
            ("plus jamais chez eux", .fr), ("c'est pas normal", .fr),
            ("my card was declined", .en), ("the app keeps logging me out", .en), ("I emailed you 3 times", .en),
            ("this is the third time I write", .en), ("still nobody", .en), ("you promised a callback", .en),
            ("I have been waiting since last week", .en), ("this is not ok", .en), ("I will unsubscribe", .en),
        ])
    func facts(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a duration, a frequency or a kept promise beside praise is no complaint",
        arguments: [
            ("livré en 2 jours, bravo", Language.fr), ("j'utilise ce produit depuis 2 mois, très content", .fr),
            ("arrivé comme promis, parfait", .fr), ("payé en 3 fois, parfait", .fr),
            ("merci, problème résolu, super service", .fr), ("nous avons passé une bonne soirée", .fr),
            ("delivered in 2 days, great job", .en), ("I've used it for 2 months and love it", .en),
            ("arrived as promised, perfect", .en), ("Thank you for your help, everything works now", .en),
            ("We had a great day", .en), ("Très belle soirée", .fr),
            ("lampe magnifique, encore plus belle en vrai", .fr),
            ("J'ai commandé plusieurs fois chez vous, toujours ravie", .fr),
        ])
    func notComplaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "a frequency or a neutral statement stays neutral",
        arguments: [
            ("I use it 3 times a week", Language.en), ("je l'utilise deux fois par semaine", .fr),
            ("Bonne journée", .fr), ("Je vous souhaite une bonne journée", .fr), ("Merci par avance", .fr),
            ("Have a nice day", .en), ("Thanks in advance", .en), ("Best regards", .en),
        ])
    func neutral(text: String, language: Language) throws {
        #expect(try Self.score(text, language) == 0)
    }

    @Test(
        "courtesy does not make a complaint e-mail positive",
        arguments: [
            (
                "Bonjour, ma lampe est arrivée cassée. Merci d'avance pour votre aide. Bonne journée. Cordialement",
                Language.fr
            ),
            ("Hello, the lamp I received arrived broken. Thanks in advance for your help. Best regards", .en),
        ])
    func courtesy(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "praise beside a failure is sarcasm",
        arguments: [
            ("Bravo, trois semaines pour rembourser 👏", Language.fr), ("Merci pour rien", .fr),
            ("Génial, ma carte est encore refusée", .fr), ("Great job, two weeks to answer an email", .en),
            ("thanks for nothing", .en), ("Great, my card was declined again", .en),
        ])
    func sarcasm(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "thanks for a fixed problem, praise of a quick step, questions and hypotheses are not negative",
        arguments: [
            ("Bravo au SAV qui a remplacé ma lampe cassée !", Language.fr),
            ("Merci de votre retour rapide, le colis bloqué est reparti.", .fr),
            ("Thanks to Julie who sorted out my declined payment.", .en),
            ("Thank you, the blocked order was replaced.", .en),
            ("2 jours pour recevoir ma commande, top !", .fr), ("Génial, un jour pour livrer !", .fr),
            ("Two days to deliver, great!", .en), ("It took two days to arrive, thanks!", .en),
            ("Super, trois semaines plus tard toujours impeccable.", .fr),
            ("Great, two weeks later still perfect.", .en),
            ("What happens if my card is declined?", .en), ("Comment faire si ma carte est refusée ?", .fr),
            ("How many times can I return an item?", .en), ("How do I unsubscribe from the newsletter?", .en),
            ("Comment me désabonner de la newsletter ?", .fr), ("If my payment is declined, do you retry?", .en),
        ])
    func notNegativeBesideAFact(text: String, language: Language) throws {
        #expect(try Self.score(text, language) >= 0)
    }

    @Test(
        "an expected function that goes on, a date, the time a step took and a reassurance are not negative",
        arguments: [
            ("Je continue à commander ici, super service.", Language.fr),
            ("La lampe continue de fonctionner après 5 ans.", .fr), ("The lamp keeps working after 5 years.", .en),
            ("J'ai fait une commande lundi, reçue mardi.", .fr), ("Le nécessaire a été fait en 2 jours.", .fr),
            ("En stock depuis hier, je viens de commander.", .fr), ("Back in stock since Monday.", .en),
            ("Ordered on Monday, received on Tuesday.", .en),
            ("My order was postponed by a day, no problem at all.", .en),
            ("Livraison reportée d'un jour, aucun problème.", .fr),
        ])
    func notNegativeStatements(text: String, language: Language) throws {
        #expect(try Self.score(text, language) >= 0)
    }

    @Test(
        "a wait since a day beside a negator, and mock praise before a long wait, stay complaints",
        arguments: [
            ("Toujours pas de nouvelles depuis lundi.", Language.fr), ("No news since Monday.", .en),
            ("Bravo, un mois pour rembourser 👏", .fr), ("Great job, a month to refund 👏", .en),
            ("Plus jamais.", .fr), ("Never again.", .en), ("Super, toujours rien reçu.", .fr),
        ])
    func complaintsKept(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "a discourse marker opening thanks is no praise: concessive thanks stay a complaint",
        arguments: [
            ("40 min pour ça... bon merci quand même", Language.fr), ("bon ben merci quand même", .fr),
            ("well thanks anyway", .en), ("waited an hour. well, thanks anyway", .en),
        ])
    func markerBeforeThanks(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "bon and well that qualify a word, or thanks after praise, stay praise",
        arguments: [
            ("bon produit, merci", Language.fr), ("bon rapport qualité prix", .fr), ("well made and sturdy", .en),
            ("well packed, thanks", .en),
        ])
    func markerStaysPraise(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "merci de + an infinitive is a polite request: no thanks, and the failure it follows stands",
        arguments: [
            ("Il manque un article dans mon colis, merci de me le renvoyer", Language.fr, false),
            ("Le colis est arrivé cassé, merci de faire le nécessaire", .fr, false),
            ("merci de me rappeler", .fr, true), ("Merci de ne pas laisser le colis devant la porte", .fr, true),
        ])
    func requestIsNoThanks(text: String, language: Language, neutral: Bool) throws {
        let score = try Self.score(text, language)
        #expect(neutral ? score == 0 : score < 0)
    }

    @Test(
        "merci d'avoir, merci de votre, merci de + a noun and merci à stay thanks",
        arguments: [
            ("merci d'avoir répondu si vite", Language.fr), ("Merci de nous avoir livré si vite", .fr),
            ("merci de votre retour", .fr), ("merci de la rapidité", .fr), ("merci à Pierre pour sa patience", .fr),
        ])
    func thanksStayThanks(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "explain names each implicit-complaint rule",
        arguments: [
            ("ma carte a été refusée", Language.fr, "failure stated as a fact: a complaint"),
            ("I wrote to you 4 times", .en, "wait or repetition stated as a fact: a complaint"),
            ("I will unsubscribe", .en, "intent to leave: a complaint"),
            ("Bravo, trois semaines pour rembourser", .fr, "praise beside a failure: sarcasm"),
            ("Thanks in advance", .en, "courtesy formula: no opinion"),
            ("bon merci quand même", .fr, "courtesy formula: no opinion"),
            ("merci de bien vouloir me rappeler", .fr, "courtesy formula: no opinion"),
        ])
    func explain(text: String, language: Language, rule: String) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(scorer.explain(text, language: language).contains(rule))
    }
}
