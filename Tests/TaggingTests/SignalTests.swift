import Tagging
import Testing
import VerbatimModel

/// CX signals: effort, churn, urgency, reader signals and score/text incoherence.
struct SignalTests {
    @Test(
        "signals in the customer's words",
        arguments: [
            ("J'ai dû rappeler trois fois pour avoir une réponse", Language.fr, "effort"),
            ("Un vrai parcours du combattant pour être remboursé", .fr, "effort"),
            ("Quelle galère ce SAV", .fr, "effort"),
            ("J'ai appelé 4 fois", .fr, "effort"),
            ("I had to call back twice before anyone helped", .en, "effort"),
            ("Writing for the third time about this", .en, "effort"),
            ("Je vais résilier mon abonnement", .fr, "churn"),
            ("Je pars à la concurrence", .fr, "churn"),
            ("I will cancel my subscription today", .en, "churn"),
            ("Switching to another provider next month", .en, "churn"),
            ("C'est URGENT, merci de traiter au plus vite", .fr, "urgency"),
            ("Please fix this asap", .en, "urgency"),
            ("I need it immediately", .en, "urgency"),
        ])
    func found(text: String, language: Language, signal: String) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(-0.3))
        #expect(tags.signals.contains(signal), "\(tags.signals)")
    }

    @Test(
        "negated or comparative forms are not signals",
        arguments: [
            ("Ce n'est pas urgent", Language.fr),
            ("Rien d'urgent, merci", .fr),
            ("Je ne vais pas résilier, tout va bien", .fr),
            ("C'est deux fois plus cher qu'ailleurs", .fr),
            ("Pas compliqué du tout", .fr),
            ("Nothing urgent, no rush", .en),
            ("It was hassle free", .en),
            ("It is twice as good as before", .en),
            ("J'ai commandé plusieurs fois chez vous, toujours ravie", .fr),
            ("Livré en deux fois, aucun souci", .fr),
            ("I've ordered here many times, always great", .en),
        ])
    func notFound(text: String, language: Language) throws {
        let tagger = try TaggingFixture.tagger()
        let tags = tagger.tag(TaggingFixture.verbatim(text), language: language, sentiment: TaggingFixture.flat(0.2))
        #expect(tags.signals.isEmpty, "\(tags.signals)")
    }

    @Test("signals are sorted, unique, and keep the reader's signals")
    func sortedUnique() throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim(
            "Urgent : je vais résilier, c'est urgent, j'ai dû rappeler trois fois", channel: .chat,
            readerSignals: ["bot-loop", "effort"])
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(-0.8))
        #expect(tags.signals == ["bot-loop", "churn", "effort", "urgency"])
    }

    @Test("a signal in the email subject counts")
    func contextSignal() throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim(
            "Voir la pièce jointe.", channel: .email, context: "URGENT commande 1234")
        #expect(tagger.tag(verbatim, language: .fr, sentiment: .neutral).signals == ["urgency"])
    }

    @Test(
        "a survey score that disagrees strongly with the text is incoherent",
        arguments: [
            (10, -0.6, true), (9, -0.5, true), (9, -0.4, false), (0, 0.7, true), (6, 0.5, true), (6, 0.4, false),
            (7, -0.9, false), (8, 0.9, false),
        ])
    func incoherence(nps: Int, score: Double, expected: Bool) throws {
        let tagger = try TaggingFixture.tagger()
        let verbatim = TaggingFixture.verbatim("Merci.", channel: .survey, nps: nps)
        let tags = tagger.tag(verbatim, language: .fr, sentiment: TaggingFixture.flat(score))
        #expect(tags.signals.contains("incoherence") == expected)
    }
}
