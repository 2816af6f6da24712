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
        "explain names each implicit-complaint rule",
        arguments: [
            ("ma carte a été refusée", Language.fr, "failure stated as a fact: a complaint"),
            ("I wrote to you 4 times", .en, "wait or repetition stated as a fact: a complaint"),
            ("I will unsubscribe", .en, "intent to leave: a complaint"),
            ("Bravo, trois semaines pour rembourser", .fr, "praise beside a failure: sarcasm"),
            ("Thanks in advance", .en, "courtesy formula: no opinion"),
        ])
    func explain(text: String, language: Language, rule: String) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(scorer.explain(text, language: language).contains(rule))
    }
}
