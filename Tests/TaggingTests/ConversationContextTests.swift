import Foundation
import Tagging
import Testing
import VerbatimModel

/// A follow-up turn that names no theme is filed under its conversation's subject (issue 16).
struct ConversationContextTests {
    /// One customer turn of conversation `key`, tagged by the repository's lexicons with a flat score.
    static func turn(
        _ text: String, score: Double, channel: Channel = .chat, key: String? = "chat-1", ordinal: Int = 0,
        hint: String? = nil, language: Language = .fr
    ) throws -> AnalysedVerbatim {
        let verbatim = Verbatim(
            source: SourceLocation(path: "chat.txt", ordinal: ordinal, position: "turn \(ordinal + 1)"),
            channel: channel, conversation: key, text: text, touchpointHint: hint)
        let sentiment = TaggingFixture.flat(score)
        let tags = try TaggingFixture.tagger().tag(verbatim, language: language, sentiment: sentiment)
        return AnalysedVerbatim(
            verbatim: verbatim, language: language, sentiment: sentiment, themes: tags.themes, signals: tags.signals,
            touchpoint: tags.touchpoint, placement: tags.placement)
    }

    static func context() throws -> ConversationContext {
        ConversationContext(tagger: try TaggingFixture.tagger())
    }

    @Test(
        "a follow-up with no theme takes the conversation's touchpoint, a turn naming a theme keeps its own",
        arguments: [
            (Language.fr, "Ma commande n'est toujours pas livrée.", "Alors ?", "Et pour le remboursement ?"),
            (Language.en, "My order still hasn't been delivered.", "Well?", "And what about the refund?"),
        ])
    func followUpInherits(language: Language, first: String, followUp: String, ownTheme: String) throws {
        let turns = [
            try Self.turn(first, score: -0.6, ordinal: 0, language: language),
            try Self.turn(followUp, score: -0.1, ordinal: 2, language: language),
            try Self.turn(ownTheme, score: 0, ordinal: 4, language: language),
        ]
        // Before the context: the follow-up falls to the chat channel's default.
        #expect(turns[1].touchpoint == "customer_service")
        #expect(turns[1].placement == .channel)
        let placed = try Self.context().place(conversation: turns)
        #expect(placed.map(\.touchpoint) == ["delivery", "delivery", "returns_refunds"])
        #expect(placed.map(\.placement) == [.text, .conversation, .text])
        // Only the touchpoint moves: themes.csv counts the mentions the customer wrote.
        #expect(placed[1].themes.isEmpty)
    }

    @Test("the subject is the most negative journey-step theme over the whole conversation")
    func mostNegativeThemeDecides() throws {
        let turns = [
            try Self.turn("Merci pour la livraison rapide.", score: 0.6, ordinal: 0),
            try Self.turn("Toujours rien ?", score: 0, ordinal: 1),
            try Self.turn("Mais le remboursement est une catastrophe.", score: -0.7, ordinal: 2),
        ]
        let placed = try Self.context().place(conversation: turns)
        #expect(placed[1].touchpoint == "returns_refunds")
    }

    @Test(
        "a conversation of one turn, or with no theme at all, is unchanged",
        arguments: [["Toujours rien ?"], ["Toujours rien ?", "Allô ?"]])
    func nothingToInherit(texts: [String]) throws {
        let turns = try texts.enumerated().map { try Self.turn($1, score: -0.2, ordinal: $0) }
        let placed = try Self.context().place(conversation: turns)
        #expect(placed == turns)
        #expect(placed.allSatisfy { $0.touchpoint == "customer_service" && $0.placement == .channel })
    }

    @Test("a turn placed by its survey step keeps it, and adds no subject")
    func hintKeeps() throws {
        let turns = [
            try Self.turn(
                "Le remboursement n'arrive pas.", score: -0.6, channel: .survey, ordinal: 0, hint: "Livraison"),
            try Self.turn("Rien à ajouter.", score: 0, channel: .survey, ordinal: 1),
        ]
        #expect(turns[0].placement == .hint)
        let placed = try Self.context().place(conversation: turns)
        #expect(placed == turns)
    }

    @Test("records are placed per conversation key; kept records and records without a key are unchanged")
    func placesPerConversation() throws {
        let records = [
            try Self.turn("Ma commande n'est toujours pas livrée.", score: -0.6, key: "a", ordinal: 0),
            try Self.turn("Le remboursement est bloqué.", score: -0.6, key: "b", ordinal: 1),
            try Self.turn("Toujours rien ?", score: 0, key: "b", ordinal: 2),
            try Self.turn("Toujours rien ?", score: 0, key: "a", ordinal: 3),
            try Self.turn("Toujours rien ?", score: 0, key: nil, ordinal: 4),
            try Self.turn("La livraison est en retard.", score: -0.6, channel: .email, key: "c", ordinal: 5),
            try Self.turn("Toujours rien ?", score: 0, channel: .email, key: "c", ordinal: 6),
        ]
        let placed = try Self.context().place(records: records, keep: { $0.verbatim.channel == .email })
        #expect(placed[2].touchpoint == "returns_refunds")
        #expect(placed[3].touchpoint == "delivery")
        #expect(placed[4] == records[4])
        #expect(placed[6] == records[6])
    }

    @Test(
        "a turn naming only the channel it used follows the conversation, one naming a step or a product keeps its own",
        arguments: [
            (
                Language.fr, "Où en est mon remboursement ? Retour déposé il y a 3 semaines.",
                "Toujours pas reçu votre mail", "returns_refunds"
            ),
            (
                Language.en, "Where is my refund? I sent it back three weeks ago.", "I phoned on Monday",
                "returns_refunds"
            ),
        ])
    func contactOnlyFollows(language: Language, first: String, contact: String, subject: String) throws {
        let turns = [
            try Self.turn(first, score: -0.6, ordinal: 0, language: language),
            try Self.turn(contact, score: -0.3, ordinal: 2, language: language),
            try Self.turn(
                language == .fr ? "Et le plaid ?" : "And the throw?", score: 0, ordinal: 4, language: language),
        ]
        // Alone, the contact turn is filed at customer service by its channel word.
        #expect(turns[1].touchpoint == "customer_service")
        #expect(turns[1].placement == .text)
        let placed = try Self.context().place(conversation: turns)
        #expect(placed.map(\.touchpoint) == [subject, subject, "product_received"])
        #expect(placed.map(\.placement) == [.text, .conversation, .text])
    }

    @Test(
        "a wait left unnamed is the order's by default, and follows its thread",
        arguments: [
            (Language.fr, "Remboursement de la commande 1234 : retour déposé il y a 3 semaines.", "Toujours rien."),
            (
                Language.en, "Refund for order 1234: I sent the parcel back three weeks ago.",
                "Still nothing after a week."
            ),
        ])
    func unnamedWaitFollows(language: Language, first: String, wait: String) throws {
        let alone = try Self.turn(wait, score: -0.4, channel: .email, ordinal: 1, language: language)
        // Nothing else places it, no channel default either: the fallback theme, placed as a default.
        #expect(alone.touchpoint == "delivery")
        #expect(alone.placement == .channel)
        let turns = [try Self.turn(first, score: -0.5, channel: .email, ordinal: 0, language: language), alone]
        let placed = try Self.context().place(conversation: turns)
        #expect(placed.map(\.touchpoint) == ["returns_refunds", "returns_refunds"])
        #expect(placed[1].placement == .conversation)
    }
}
