import Foundation
import Scoring
import Testing
import VerbatimModel

/// The word classes of failures stated as facts that customers use most with no opinion word: a
/// parcel or a status that does not move, an item or a sum that is missing, a code or an option that
/// disappears, a device that stops, a parcel that arrives soaked or crushed, a warning or a message
/// that never comes, a tool that is useless, calls counted. Each class with the cases where the
/// same words are no complaint (negated, resolved, praise of their own, a frequency).
@Suite("Failure word classes")
struct FactWordClassTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "a failure of one of these classes stated as a fact is a complaint",
        arguments: [
            // Nothing moves (failures.tsv, negated).
            ("le colis n'a pas bougé depuis lundi", Language.fr), ("resté 9 jours au dépôt sans bouger", .fr),
            ("the tracking hasn't moved since Tuesday", .en), ("the parcel hasn't budged in a week", .en),
            // Missing, disappeared, stopped (implicit-complaints.tsv, fact).
            ("il manque une pièce dans le carton", .fr), ("le code promo a disparu du panier", .fr),
            ("l'appli a cessé de fonctionner", .fr), ("the kettle stopped working", .en),
            ("my card stopped being accepted", .en),
            // Damage (valence.tsv).
            ("colis arrivé trempé", .fr), ("the box arrived soaked", .en), ("carton écrasé", .fr),
            // A message or a warning that never came (failures.tsv, negated).
            ("livré en deux fois sans prévenir", .fr), ("on ne m'a pas prévenu", .fr), ("pas de mail, rien", .fr),
            ("the email never came", .en), ("no email, no notification", .en),
            ("nobody mentioned the restocking fee", .en),
            // Useless (`ne sert à rien`), calls counted (`times`).
            ("le filtre ne sert à rien", .fr), ("j'ai passé 3 appels au service client", .fr),
            ("I made 3 calls to get an answer", .en),
        ])
    func complaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "the same words negated, resolved or beside praise of their own are no complaint",
        arguments: [
            ("il ne manque rien, parfait", Language.fr), ("la douleur a disparu, super produit", .fr),
            ("cet outil sert à tout, super", .fr), ("je vous ai prévenu, merci", .fr),
            ("the squeak stopped, great fix", .en), ("as mentioned, great service", .en),
            ("it comes with a charger, great", .en),
        ])
    func notComplaints(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "nothing closing its clause after and/then is what came of the step",
        arguments: [
            ("j'ai relancé deux fois et personne", Language.fr), ("commande payée le 3, puis rien", .fr),
            ("paid on Monday and then nothing", .en), ("I pressed the button and nothing", .en),
        ])
    func thenNothing(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "nothing that goes on, stands alone or follows praise is no complaint",
        arguments: [
            ("emballage soigné et rien de cassé", Language.fr), ("Rien.", .fr), ("Nothing.", .en),
            ("fast delivery and nothing was missing", .en), ("great staff and nothing to complain about", .en),
        ])
    func nothingNotComplaint(text: String, language: Language) throws {
        #expect(try Self.score(text, language) >= 0)
    }

    @Test(
        "nothing after a colon or a dash that follows a thing owed is what came of it",
        arguments: [
            ("retour reçu le 3. remboursement : rien.", Language.fr), ("ma réponse - rien", .fr),
            ("returned on the 3rd. refund: nothing", .en), ("refund - nothing", .en),
        ])
    func owedThenNothing(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(scorer.explain(text, language: language).contains("failure stated as a fact: a complaint"))
    }

    @Test(
        "nothing after a heading that is no thing owed, or going on, is no complaint",
        arguments: [
            ("Cons: nothing", Language.en), ("à signaler : rien", .fr), ("remboursement : rien à redire", .fr),
            ("refund: nothing to add, all good", .en),
        ])
    func headingNothing(text: String, language: Language) throws {
        #expect(try Self.score(text, language) >= 0)
    }

    @Test(
        "the same outcome after a fix and one more wait are complaints",
        arguments: [
            ("mise à jour faite. même résultat", Language.fr), ("encore une semaine d'attente", .fr),
            ("encore 3 jours alors", .fr), ("reinstalled it, same problem", .en), ("so another week then", .en),
            ("another 3 days", .en),
        ])
    func repeatedOutcome(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "sameness and time that are no repeated failure keep their praise",
        arguments: [
            ("same day delivery, great", Language.en), ("même qualité que la première, parfait", .fr),
            ("another great purchase", .en), ("encore une belle commande", .fr),
        ])
    func notRepeatedOutcome(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test(
        "a wish after and/et is still courtesy",
        arguments: [("Et bonne soirée", Language.fr), ("and have a nice day", .en)])
    func wishAfterAnd(text: String, language: Language) throws {
        #expect(try Self.score(text, language) == 0)
    }

    @Test("calls counted per week are a frequency, not a repetition")
    func frequency() throws {
        #expect(try Self.score("I call them 3 times a week", .en) == 0)
        #expect(try Self.score("je passe deux appels par semaine", .fr) == 0)
    }
}
