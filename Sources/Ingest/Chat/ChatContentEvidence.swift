/// What the speakers of a conversation say that only the company says: the greeting formulas of
/// support agents (`chat-agent-greetings`) and the company-side phrases (`chat-company-phrases`:
/// holding, checking, apologising for the company, asking for an order number, escalating).
///
/// Used last, for speakers no name, label or file name decided: an agent opens with a greeting, or
/// writes most of the company-side phrases while another speaker writes none. A customer who
/// quotes "how can I help" once, later on, stays a customer.
struct ChatContentEvidence: Sendable, Hashable {
    static let greetingList = "chat-agent-greetings"
    static let phraseList = "chat-company-phrases"
    /// Fewer company-side phrases than this prove nothing on their own.
    static let minimumPhrases = 2

    private let greetings: ChatPhraseSet
    private let phrases: ChatPhraseSet

    init(_ lexicon: SpeakerLexicon) {
        greetings = ChatPhraseSet(lexicon[Self.greetingList].map(ChatNameMatcher.foldText).filter { !$0.isEmpty })
        phrases = ChatPhraseSet(lexicon[Self.phraseList].map(ChatNameMatcher.foldText).filter { !$0.isEmpty })
    }

    /// What one speaker wrote.
    struct Tally: Sendable, Equatable {
        /// The greeting of the speaker's first turn, as listed.
        var openingGreeting: String?
        /// Company-side phrases and greetings written, each distinct one once per turn.
        var phrases = 0
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
            let greeting = greetings.firstMatch(in: text).map { greetings.phrases[$0] }
            if isFirst { tally.openingGreeting = greeting }
            tally.phrases += phrases.matches(in: text).count + (greeting == nil ? 0 : 1)
            tallies[turn.speaker] = tally
        }
        return tallies
    }

    /// The speakers of `eligible` the content makes agents, with the reason: the `limit` strongest
    /// (the caller keeps one party on the customer side, and one side only in a two-party chat).
    /// `tallies` also holds the customers already known, who count among those who write none.
    func agents(_ tallies: [String: Tally], eligible: Set<String>, limit: Int) -> [String: String] {
        let total = tallies.values.reduce(0) { $0 + $1.phrases }
        let silent = tallies.values.contains { $0.phrases == 0 }
        var found: [(speaker: String, tally: Tally, reason: String)] = []
        for (speaker, tally) in tallies where eligible.contains(speaker) {
            if let greeting = tally.openingGreeting {
                found.append((speaker, tally, "opens with an agent greeting (\(greeting))"))
            } else if silent, tally.phrases >= Self.minimumPhrases, tally.phrases * 3 >= total * 2 {
                found.append((speaker, tally, "writes \(tally.phrases) of \(total) company-side phrases"))
            }
        }
        // Strongest evidence first: a greeting, then more phrases, then who spoke first.
        found.sort {
            ($0.tally.openingGreeting == nil ? 1 : 0, -$0.tally.phrases, $0.tally.firstTurn)
                < ($1.tally.openingGreeting == nil ? 1 : 0, -$1.tally.phrases, $1.tally.firstTurn)
        }
        return Dictionary(uniqueKeysWithValues: found.prefix(max(0, limit)).map { ($0.speaker, $0.reason) })
    }
}
