import Foundation
import Scoring
import Testing
import VerbatimModel

@Suite("Sentiment rules")
struct SentimentRuleTests {
    static func score(_ text: String, _ language: Language) throws -> Double {
        let scorer = try #require(RepositoryLexicons.scorer)
        return scorer.score(text, language: language).score
    }

    @Test(
        "French and English sentences that must be negative",
        arguments: [
            ("je n'aime pas", Language.fr), ("pas du tout satisfait", .fr), ("pas terrible", .fr), ("trop cher", .fr),
            ("trop long", .fr), ("c'est pas top", .fr), ("j'aime pas", .fr), ("hors de prix", .fr),
            ("toujours pas reçu", .fr), ("colis perdu", .fr), ("injoignable", .fr), ("sans saveur", .fr),
            ("I don't like it", .en), ("not good", .en), ("still waiting", .en), ("never arrived", .en),
            ("on hold for an hour", .en), ("no one got back to me", .en), ("too expensive", .en),
        ])
    func negative(text: String, language: Language) throws {
        #expect(try Self.score(text, language) < 0)
    }

    @Test(
        "French and English sentences that must be positive",
        arguments: [
            ("aucun problème", Language.fr), ("pas mal", .fr), ("trop bien", .fr), ("rien à redire", .fr),
            ("sans souci", .fr), ("au top", .fr), ("vaut le coup", .fr), ("jamais déçu", .fr),
            ("no complaints", .en), ("not bad", .en), ("can't complain", .en), ("worth it", .en),
        ])
    func positive(text: String, language: Language) throws {
        #expect(try Self.score(text, language) > 0)
    }

    @Test("ne … que is a restriction, not a negation")
    func restriction() throws {
        #expect(try Self.score("Je n'ai eu que des problèmes", .fr) < 0)
        #expect(try Self.score("Je n'ai eu que des éloges", .fr) > 0)
    }

    @Test(
        "the clause after mais/but weighs more",
        arguments: [
            ("Bon plat mais service désagréable", Language.fr, -1.0),
            ("Service lent mais plat délicieux", .fr, 1.0),
            ("Good food but terrible service", .en, -1.0),
            ("Slow service but delicious food", .en, 1.0),
        ])
    func contrast(text: String, language: Language, sign: Double) throws {
        #expect(try Self.score(text, language) * sign > 0)
    }

    @Test("intensifiers strengthen and dampeners weaken")
    func intensity() throws {
        let plain = try Self.score("bon", .fr)
        #expect(try Self.score("très bon", .fr) > plain)
        #expect(try Self.score("assez bon", .fr) >= plain)
        #expect(try Self.score("un peu déçu", .fr) > Self.score("déçu", .fr))
        #expect(try Self.score("very good", .en) > Self.score("good", .en))
    }

    @Test("emphasis: caps, exclamation marks, repeated letters")
    func emphasis() throws {
        #expect(try Self.score("c'est nul", .fr) > Self.score("c'est NUL", .fr))
        #expect(try Self.score("c'est nul", .fr) > Self.score("c'est nul !!!", .fr))
        #expect(try Self.score("c'est nul", .fr) > Self.score("c'est nuuuul", .fr))
        #expect(try Self.score("so good", .en) < Self.score("sooo good", .en))
    }

    @Test("questions and conditionals are damped; wishes turn praise into a complaint")
    func modality() throws {
        #expect(try abs(Self.score("Le produit est-il bon ?", .fr)) < Self.score("Le produit est bon.", .fr))
        #expect(try Self.score("J'aurais aimé un accueil chaleureux", .fr) < 0)
        #expect(try Self.score("It would have been nice to get an answer", .en) <= 0)
    }

    @Test("a long e-mail of complaints does not saturate at -1")
    func saturation() throws {
        let sentence = "Le colis est arrivé en retard et abîmé. "
        let long = try Self.score(String(repeating: sentence, count: 20), .fr)
        #expect(long < 0)
        #expect(long > -0.99)
    }

    @Test("clauses carry UTF-8 offsets and weights")
    func clauses() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let text = "Très bon plat, mais l'accueil était désagréable."
        let result = scorer.score(text, language: .fr)
        #expect(result.clauses.count == 2)
        let bytes = Array(text.utf8)
        let second = try #require(result.clauses.last)
        #expect(
            String(decoding: bytes[second.start..<second.end], as: UTF8.self) == "mais l'accueil était désagréable.")
        #expect(second.weight > result.clauses[0].weight)
    }

    @Test("emotions come from the terms, strongest first, and negated terms do not count")
    func emotions() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let found = scorer.emotions("Je suis furieux, toujours pas reçu mon colis", language: .fr)
        #expect(found.first?.emotion == .anger)
        #expect(found.contains { $0.emotion == .frustration })
        #expect(scorer.emotions("Je ne suis pas furieux", language: .fr).isEmpty)
        // `super` before a sentiment word only intensifies it: no joy in "super décevant".
        #expect(!scorer.emotions("Le dessert était super décevant.", language: .fr).contains { $0.emotion == .joy })
        #expect(scorer.emotions("Super !", language: .fr).contains { $0.emotion == .joy })
    }

    @Test("explain shows each rule that fired")
    func explain() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        let trace = scorer.explain("Je n'aime pas du tout, mais le prix est correct", language: .fr)
        #expect(trace.contains("negated"))
        #expect(trace.contains("contrast"))
        #expect(trace.contains("weight 1.50"))
        #expect(trace.contains("label:"))
    }

    @Test("the language is identified when not declared")
    func language() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        var scratch = ScoringScratch()
        #expect(
            scorer.score("Je ne suis pas du tout content de ce produit", language: .unknown, scratch: &scratch).language
                == .fr)
        #expect(
            scorer.score("I am not happy with this product at all", language: .unknown, scratch: &scratch).language
                == .en)
    }
}
