/// Decides who speaks in a conversation: customer, agent, bot or system, without a configuration
/// file, and says why, so that `verbatim-config.tsv` can overturn any decision with one line.
///
/// The rules, in order; the first that applies decides, once per speaker:
/// 1. `verbatim-config.tsv`: `customer_name` makes a customer, `agent_name` an agent, `bot_name` a bot;
/// 2. a role the input declares (`"role": "agent"` in a JSON export);
/// 3. a system speaker name, the whole name (`userX`, `System`: `chat-system-speakers`; not
///    `Garage Info Dupont`);
/// 4. a bot label marked in the name (`(assistant virtuel)`, `Bot`: `chat-bot-labels`), or a last
///    word ending in `Bot` in mixed case (`ShopBot`; not `CHABOT`, `Talbot`);
/// 5. a role label marked in the name (`Julie (Service Après-Vente)`, `Agent Tom`, `Nina - Customer
///    Care`, `Paul | SAV`: `chat-agent-labels`; not `Sophie Agent Immobilier`);
/// 6. a customer label marked in the name (`Client`, `Visitor 12`, `Vous`: `chat-customer-labels`;
///    not `Boutique Service client`);
///    in a two-party chat, the other party's opening agent greeting overturns rules 3 to 5;
/// 7. a WhatsApp export of two speakers whose file name names one of them (`Discussion WhatsApp
///    avec Léa.txt`): Léa is the customer, the other the company;
/// 8. what the speaker says (`ChatContentEvidence`): an opening agent greeting, or clearly more
///    company-side phrases than anyone else; never every party, and one side only in a two-party chat.
/// Anyone left is a customer: a customer's words lost is worse than an agent's words kept. Lists
/// are whole-word (names) or substring (phrases) matches on folded text, read from
/// `lexicons/speakers/chat-*.tsv` through `IngestOptions.speakers`.
struct ChatRoleClassifier: Sendable {
    private let configuredCustomers: ChatNameMatcher
    private let configuredAgents: ChatNameMatcher
    private let configuredBots: ChatNameMatcher
    private let lists: ChatSpeakerLists
    let exportName: WhatsAppExportName?

    /// A classifier for the conversations of the file at `path` (its name may name the customer).
    init(options: IngestOptions, path: String = "") {
        configuredCustomers = ChatNameMatcher(options.customerNames)
        configuredAgents = ChatNameMatcher(options.agentNames)
        configuredBots = ChatNameMatcher(options.botNames)
        lists = options.chatLists
        exportName = WhatsAppExportName(path: path, prefixes: lists.whatsAppPrefixes)
    }

    /// Whether `text` is a notice of the app or tool, never a verbatim (see `ChatSystemNotices`);
    /// `speakerless` when the line names no speaker.
    func isSystemNotice(_ text: String, speakerless: Bool = false) -> Bool {
        lists.notices.matches(text, speakerless: speakerless)
    }

    /// The decision for each distinct speaker of `turns` (speaker-less lines left out).
    func decisions(of turns: [ChatTurn]) -> [String: ChatSpeakerDecision] {
        var decisions: [String: ChatSpeakerDecision] = [:]
        var undecided: Set<String> = []
        var declared: [String: ChatRole] = [:]
        for turn in turns where !turn.speaker.isEmpty {
            if declared[turn.speaker] == nil, let role = turn.declaredRole, role != .system {
                declared[turn.speaker] = role
            }
        }
        for turn in turns
        where !turn.speaker.isEmpty && decisions[turn.speaker] == nil && !undecided.contains(turn.speaker) {
            let name = turn.speaker
            if let decision = configured(name) ?? declaredRole(declared[name]) ?? byName(name) {
                decisions[name] = decision
            } else {
                undecided.insert(name)
            }
        }
        let opener = turns.first { !$0.speaker.isEmpty && decisions[$0.speaker]?.role != .system }?.speaker
        preferGreeting(turns, &decisions, undecided: &undecided, opener: opener)
        decideByFileName(&decisions, undecided: &undecided)
        decideByContent(turns, &decisions, undecided: undecided, opener: opener)
        return decisions
    }

    /// Rule 1: the analyst's own lines.
    private func configured(_ name: String) -> ChatSpeakerDecision? {
        if configuredCustomers.matches(name) {
            return ChatSpeakerDecision(role: .customer, reason: "", configured: true)
        }
        if configuredBots.matches(name) {
            return ChatSpeakerDecision(role: .bot, reason: "configured bot_name", configured: true)
        }
        if configuredAgents.matches(name) {
            return ChatSpeakerDecision(role: .agent, reason: "configured agent_name", configured: true)
        }
        return nil
    }

    /// Rule 2: the role the export states.
    private func declaredRole(_ role: ChatRole?) -> ChatSpeakerDecision? {
        guard let role else { return nil }
        switch role {
        case .customer: return .customer
        case .agent: return ChatSpeakerDecision(role: .agent, reason: "role given by the export (agent)")
        case .bot: return ChatSpeakerDecision(role: .bot, reason: "role given by the export (bot)")
        case .system: return nil
        }
    }

    /// Rules 3 to 6: what the name itself says, first rule first.
    private func byName(_ name: String) -> ChatSpeakerDecision? {
        guard var decision = systemName(name) ?? botLabel(name) ?? agentLabel(name) else { return customerLabel(name) }
        decision.fromName = true
        return decision
    }

    /// Rule 3: a name chat tools write their own lines under (`userX`, `System`).
    private func systemName(_ name: String) -> ChatSpeakerDecision? {
        lists.systems.wholeMatch(in: name).map {
            ChatSpeakerDecision(role: .system, reason: "system speaker name (\($0))")
        }
    }

    /// Rule 4: a bot marker (`Lia (assistant virtuel)`, `Bot`), or a last word ending in `Bot`.
    private func botLabel(_ name: String) -> ChatSpeakerDecision? {
        if let label = lists.bots.markedMatch(in: name) {
            return ChatSpeakerDecision(role: .bot, reason: "bot label (\(label))")
        }
        return Self.botSuffixedWord(name).map { ChatSpeakerDecision(role: .bot, reason: "bot name (\($0))") }
    }

    /// Rule 5: a role label before, after or around the name (`Agent Tom`, `Julie (Service Après-Vente)`).
    private func agentLabel(_ name: String) -> ChatSpeakerDecision? {
        lists.agents.markedMatch(in: name).map { ChatSpeakerDecision(role: .agent, reason: "role label (\($0))") }
    }

    /// Rule 6: a name chat tools give the customer (`Client`, `Visitor`, `Vous`).
    private func customerLabel(_ name: String) -> ChatSpeakerDecision? {
        lists.customers.markedMatch(in: name) == nil ? nil : .customer
    }

    /// Two parties, one decided by its name only, the other answering its opening with an agent
    /// greeting (`Jean CHABOT` / `Bonjour, en quoi puis-je vous aider ?`): the greeting wins, the
    /// name's owner is the customer. An opener's greeting is no answer (a customer quoting one).
    private func preferGreeting(
        _ turns: [ChatTurn], _ decisions: inout [String: ChatSpeakerDecision], undecided: inout Set<String>,
        opener: String?
    ) {
        let named = decisions.filter { $0.value.fromName && $0.value.role != .system }.keys
        let parties = undecided.count + decisions.values.filter { $0.role != .system }.count
        guard parties == 2, named.count == 1, let name = named.first, undecided.count == 1,
            let greeter = undecided.first, greeter != opener,
            let greeting = lists.content.tallies(turns, candidates: [greeter])[greeter]?.openingGreeting
        else { return }
        decisions[name] = .customer
        decisions[greeter] = ChatSpeakerDecision(
            role: .agent, reason: "opens with an agent greeting (\(greeting)), answering \(name)")
        undecided = []
    }

    /// Rule 7: the file name of a WhatsApp export names the customer; the other speaker is the
    /// business that exported it. Applies only to two speakers, one of them named: in a group,
    /// the file names the group (`Chantier Martin`), and its members are customers too.
    private func decideByFileName(_ decisions: inout [String: ChatSpeakerDecision], undecided: inout Set<String>) {
        guard let exportName else { return }
        let speakers = Set(decisions.filter { $0.value.role != .system }.keys).union(undecided)
        guard speakers.count == 2, speakers.contains(where: exportName.isParty) else { return }
        for name in undecided {
            decisions[name] =
                exportName.isParty(name)
                ? .customer
                : ChatSpeakerDecision(role: .agent, reason: "file name names the customer (\(exportName.written))")
        }
        undecided = []
    }

    /// Rule 8: what the speakers left say. At least one party stays on the customer side, and a
    /// two-party chat has one company side only.
    private func decideByContent(
        _ turns: [ChatTurn], _ decisions: inout [String: ChatSpeakerDecision], undecided: Set<String>, opener: String?
    ) {
        guard !undecided.isEmpty else { return }
        let nonCompany = undecided.count + decisions.values.filter { $0.role == .customer }.count
        let parties = undecided.count + decisions.values.filter { $0.role != .system }.count
        let limit = parties == 2 ? min(1, nonCompany - 1) : nonCompany - 1
        var agents: [String: String] = [:]
        if limit > 0 {
            let customers = decisions.filter { $0.value.role == .customer }.keys
            let tallies = lists.content.tallies(turns, candidates: undecided.union(customers))
            agents = lists.content.agents(tallies, eligible: undecided, limit: limit, opener: opener)
        }
        for name in undecided {
            decisions[name] = agents[name].map { ChatSpeakerDecision(role: .agent, reason: $0) } ?? .customer
        }
    }

    /// `ShopBot`, `LiaBot`: the last word of a name when it ends in "Bot" after a lowercase letter
    /// (but not `Abbott`, `Talbot`, nor a surname in capitals, `Jean CHABOT`).
    private static func botSuffixedWord(_ name: String) -> String? {
        guard let last = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).last, last.count > 3,
            last.hasSuffix("Bot"), last.dropLast(3).last?.isLowercase == true
        else { return nil }
        return String(last)
    }
}
