import VerbatimModel

/// Turns the turns of one chat conversation into customer verbatims, with the signals the shape of
/// the conversation gives (a customer bounced between agents or stuck with a looping bot is a hot
/// spot in itself, whatever the words).
enum ChatConversation {
    /// Reader signals written in `Verbatim.readerSignals`.
    enum Signal {
        /// The bot gave the same answer twice or more.
        static let botLoop = "bot-loop"
        /// Two or more agents, or a transfer announced by the tool.
        static let transfer = "transfer"
        /// The bot handed over to a human agent.
        static let escalation = "escalation"
    }

    /// Adds the customer verbatims of `turns` to `output` and counts the other turns as skipped.
    static func emit(
        _ turns: [ChatTurn], path: String, conversation: String, options: IngestOptions, into output: inout IngestOutput
    ) {
        let classifier = ChatRoleClassifier(options: options)
        let speakerRoles = classifier.roles(of: turns)
        var roles: [ChatRole] = []
        roles.reserveCapacity(turns.count)
        for turn in turns {
            if turn.declaredRole == .system || turn.speaker.isEmpty || ChatRoleClassifier.isSystemText(turn.text) {
                roles.append(.system)
            } else {
                roles.append(speakerRoles[turn.speaker] ?? .customer)
            }
        }
        let signals = signals(turns, roles: roles)
        for (turn, role) in zip(turns, roles) {
            switch role {
            case .agent:
                output.skip(.agent)
            case .bot:
                output.skip(.bot)
            case .system:
                output.skip(.system)
            case .customer:
                let text = turn.text.trimmingSpaces
                guard !text.isEmpty, !isMediaPlaceholder(text) else {
                    output.skip(.empty)
                    continue
                }
                guard !WordlessTurn.isWordless(text) else {
                    output.skip(.noContent)
                    continue
                }
                output.verbatims.append(
                    Verbatim(
                        source: SourceLocation(path: path, ordinal: turn.ordinal, position: turn.position),
                        channel: .chat,
                        date: turn.date,
                        customer: options.customerKeyer.key(
                            for: "chat:\(conversation):\(ChatNameMatcher.fold(turn.speaker))"),
                        conversation: conversation,
                        text: text,
                        readerSignals: signals
                    ))
            }
        }
    }

    /// The conversation-level signals, sorted.
    static func signals(_ turns: [ChatTurn], roles: [ChatRole]) -> [String] {
        var found: Set<String> = []
        var botAnswers: Set<String> = []
        var agents: Set<String> = []
        var botSpoke = false
        for (turn, role) in zip(turns, roles) {
            switch role {
            case .bot:
                botSpoke = true
                let answer = ChatNameMatcher.fold(turn.text).trimmingSpaces
                if !answer.isEmpty, !botAnswers.insert(answer).inserted { found.insert(Signal.botLoop) }
            case .agent:
                agents.insert(ChatNameMatcher.fold(turn.speaker))
                if botSpoke { found.insert(Signal.escalation) }
            case .system:
                let folded = ChatNameMatcher.fold(turn.text)
                if folded.containsBytes("transf") { found.insert(Signal.transfer) }
            case .customer:
                break
            }
        }
        if agents.count >= 2 { found.insert(Signal.transfer) }
        return found.sorted()
    }

    /// What phones write instead of an attachment (`<Media omitted>`, `<Médias omis>`, `image absente`).
    private static func isMediaPlaceholder(_ text: String) -> Bool {
        let folded = ChatNameMatcher.fold(text)
        return folded == "<media omitted>" || folded == "<medias omis>" || folded == "image absente"
            || folded == "<piece jointe omise>" || folded == "<attached>" || folded == "ce message a ete supprime"
            || folded == "this message was deleted"
    }
}
