/// What the speakers of a conversation say that only the company says: the greeting formulas of
/// support agents (`chat-agent-greetings`), the thanks that answer a customer's first message
/// (`chat-agent-reply-greetings`) and the company-side phrases (`chat-company-phrases`: holding,
/// checking, apologising for the company, asking for an order number, escalating).
///
/// Used last, for speakers no name, label or file name decided. A customer's words lost is worse
/// than an agent's words kept, so the evidence must clearly outweigh the other side's: an agent
/// opens their side with a greeting, or writes at least two company-side phrases more than anyone
/// else, one of them said to the other party (`votre commande`, `your order`: words of
/// `chat-addressee-words`) or three more. Whoever opened the conversation without a greeting came
/// to ask: a polite customer ("merci de patienter", "let me check") stays a customer, and so does a
/// customer who quotes "how can I help" once, later on.
struct ChatContentEvidence: Sendable, Hashable {
    static let greetingList = "chat-agent-greetings"
    static let replyGreetingList = "chat-agent-reply-greetings"
    static let phraseList = "chat-company-phrases"
    static let addresseeList = "chat-addressee-words"
    /// How many company-side phrases more than anyone else make an agent, with a phrase said to the
    /// other party; one more is needed without one.
    static let margin = 2

    private let greetings: ChatPhraseSet
    private let replyGreetings: ChatPhraseSet
    private let phrases: ChatPhraseSet
    /// Whether each phrase of `phrases` holds a word of `chat-addressee-words`.
    private let addressed: [Bool]

    init(_ lexicon: SpeakerLexicon) {
        greetings = ChatPhraseSet(lexicon[Self.greetingList].map(ChatNameMatcher.foldText).filter { !$0.isEmpty })
        replyGreetings = ChatPhraseSet(
            lexicon[Self.replyGreetingList].map(ChatNameMatcher.foldText).filter { !$0.isEmpty })
        phrases = ChatPhraseSet(lexicon[Self.phraseList].map(ChatNameMatcher.foldText).filter { !$0.isEmpty })
        let addressee = Set(lexicon[Self.addresseeList].flatMap(ChatNameMatcher.words))
        addressed = phrases.phrases.map { !Set(ChatNameMatcher.words($0)).isDisjoint(with: addressee) }
    }

    /// What one speaker wrote.
    struct Tally: Sendable, Equatable {
        /// The greeting of the speaker's first turn, as listed.
        var openingGreeting: String?
        /// Whether the speaker's first turn thanks the other party for getting in touch.
        var replyGreeting = false
        /// Company-side phrases and greetings written, each distinct one once per turn.
        var phrases = 0
        /// How many of `phrases` are said to the other party (`votre commande`).
        var addressed = 0
        /// Where the speaker first spoke.
        var firstTurn = 0
    }

    /// The tally of each speaker in `candidates`, from their turns.
    func tallies(_ turns: [ChatTurn], candidates: Set<String>) -> [String: Tally] {
        var tallies: [String: Tally] = [:]
        for (index, turn) in turns.enumerated() where candidates.contains(turn.speaker) {
            let text = ChatNameMatcher.foldText(turn.text)
            let isFirst = tallies[turn.speaker] == nil
            var tally = tallies[turn.speaker] ?? Tally(firstTurn: index)
            let found = phrases.matches(in: text)
            tally.phrases += found.count
            tally.addressed += found.filter { addressed[$0] }.count
            if isFirst {
                tally.openingGreeting = greetings.firstMatch(in: text).map { greetings.phrases[$0] }
                tally.replyGreeting = replyGreetings.firstMatch(in: text) != nil
                tally.phrases += tally.openingGreeting == nil ? 0 : 1
            }
            tallies[turn.speaker] = tally
        }
        return tallies
    }

    /// The speakers of `eligible` the content makes agents, with the reason: the `limit` strongest
    /// (the caller keeps one party on the customer side, and one side only in a two-party chat).
    /// `tallies` also holds the customers already known; `opener` spoke first in the conversation.
    func agents(_ tallies: [String: Tally], eligible: Set<String>, limit: Int, opener: String?) -> [String: String] {
        // Thanks for getting in touch answer the other party's first message, never open a chat.
        var counts: [String: Int] = [:]
        for (speaker, tally) in tallies {
            counts[speaker] = tally.phrases + (tally.replyGreeting && speaker != opener ? 1 : 0)
        }
        var found: [(speaker: String, tally: Tally, phrases: Int, reason: String)] = []
        for (speaker, tally) in tallies where eligible.contains(speaker) {
            let own = counts[speaker, default: 0]
            if let greeting = tally.openingGreeting {
                found.append((speaker, tally, own, "opens with an agent greeting (\(greeting))"))
                continue
            }
            let others = counts.filter { $0.key != speaker }.values.max() ?? 0
            let needed = others + Self.margin + (tally.addressed > 0 ? 0 : 1)
            if speaker != opener, own >= needed {
                found.append((speaker, tally, own, "writes \(own) company-side phrases, the others \(others) at most"))
            }
        }
        // Strongest evidence first: a greeting, then more phrases, then who spoke first.
        found.sort {
            ($0.tally.openingGreeting == nil ? 1 : 0, -$0.phrases, $0.tally.firstTurn)
                < ($1.tally.openingGreeting == nil ? 1 : 0, -$1.phrases, $1.tally.firstTurn)
        }
        return Dictionary(uniqueKeysWithValues: found.prefix(max(0, limit)).map { ($0.speaker, $0.reason) })
    }
}
