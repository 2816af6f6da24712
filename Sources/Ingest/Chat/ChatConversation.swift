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

    /// Adds the customer verbatims of `turns` to `output` and counts the other turns as skipped;
    /// `evidence` is the keyed identity evidence the export gives beside the turns (a JSON export's
    /// visitor address), which every customer verbatim carries with that of the customer's turns.
    static func emit(
        _ turns: [ChatTurn], path: String, conversation: String, options: IngestOptions, evidence: [String] = [],
        into output: inout IngestOutput
    ) {
        let classifier = ChatRoleClassifier(options: options, path: path)
        let decisions = classifier.decisions(of: turns)
        let roles = roles(of: turns, decisions: decisions, classifier: classifier)
        // A reader that knows why the export gave a role (Telegram's exporting account, a tweet's
        // `inbound`) has named the speaker already, with that reason: one entry per speaker and role.
        for (speaker, decision) in decisions {
            guard let attribution = decision.attribution(speaker: speaker),
                !output.company.contains(where: { $0.speaker == speaker && $0.role == attribution.role })
            else { continue }
            output.attribute(attribution)
        }
        let signals = signals(turns, roles: roles)
        let identities = customerEvidence(
            turns, roles: roles, known: evidence, exportName: classifier.exportName, options: options)
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
                guard !text.isEmpty else {
                    output.skip(.empty)
                    continue
                }
                guard !WordlessTurn.isWordless(text) else {
                    output.skip(.noContent)
                    continue
                }
                let speaker = ChatNameMatcher.fold(turn.speaker)
                output.verbatims.append(
                    Verbatim(
                        source: SourceLocation(path: path, ordinal: turn.ordinal, position: turn.position),
                        channel: .chat,
                        date: turn.date,
                        customer: options.customerKeyer.key(for: "chat:\(conversation):\(speaker)"),
                        conversation: conversation,
                        evidence: identities[speaker] ?? [],
                        text: text,
                        readerSignals: signals
                    ))
            }
        }
    }

    /// Each turn's role: a notice is no one's words, even on a speaker's line (`date - Léa: <Media
    /// omitted>`); anyone the classifier did not put on the company's side is a customer.
    private static func roles(
        of turns: [ChatTurn], decisions: [String: ChatSpeakerDecision], classifier: ChatRoleClassifier
    ) -> [ChatRole] {
        var roles: [ChatRole] = []
        roles.reserveCapacity(turns.count)
        for turn in turns {
            if turn.declaredRole == .system || turn.speaker.isEmpty
                || classifier.isSystemNotice(turn.text, speakerless: turn.speaker == ChatTurn.unnamedSpeaker)
            {
                roles.append(.system)
            } else {
                roles.append(decisions[turn.speaker]?.role ?? .customer)
            }
        }
        return roles
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
}
