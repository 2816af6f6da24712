/// Decides who speaks in a conversation: customer, agent, bot or system.
///
/// Order: a role the input declares; a system line; bot and agent name patterns from `IngestOptions`;
/// customer names (`Client`, `Visitor` …); then what the speaker says — an agent opens with the
/// service formulas of live-chat scripts ("en quoi puis-je vous aider", "how can I help"). Anyone
/// left is a customer.
struct ChatRoleClassifier: Sendable {
    private let agents: ChatNameMatcher
    private let bots: ChatNameMatcher
    private let customers = ChatNameMatcher([
        "Client", "Cliente", "Customer", "Visiteur", "Visiteuse", "Visitor", "Internaute", "Utilisateur", "User",
        "Guest", "Invité", "Vous", "You", "Moi", "Me",
    ])
    private let systems = ChatNameMatcher(["System", "Système", "Notification", "Info", "userX", "Automated message"])

    init(options: IngestOptions) {
        agents = ChatNameMatcher(options.agentNames)
        bots = ChatNameMatcher(options.botNames)
    }

    /// Opening and holding formulas of agent scripts, folded (lowercase, no accents), from the
    /// French and English live-chat scripts of e-commerce support desks.
    static let agentFormulas = [
        "en quoi puis je vous aider", "en quoi puis-je vous aider", "que puis-je faire pour vous",
        "que puis je faire pour vous", "comment puis-je vous aider", "comment puis je vous aider",
        "je vous demande un instant", "merci de patienter", "je regarde, je vous", "je reviens vers vous",
        "how can i help", "how may i help", "how can i assist", "how may i assist", "what can i do for you",
        "thank you for contacting", "thanks for contacting", "thanks for reaching out", "merci d'avoir contacte",
        "merci de nous avoir contacte", "merci de votre patience", "bienvenue sur le service",
    ]

    /// System phrases chat tools write in the conversation itself, folded.
    static let systemPhrases = [
        "a mis fin a la conversation", "a rejoint la conversation", "a quitte la conversation", "has joined the chat",
        "has left the chat", "joined the conversation", "left the conversation", "ended the chat",
        "chat ended", "conversation terminee", "transferred to", "transfere a", "transfert vers", "transfert a ",
        "a ete transfere", "has been transferred", "les messages et les appels sont chiffres",
        "messages and calls are end-to-end encrypted", "a rejoint le groupe", "joined using this group",
    ]

    /// The role of each distinct speaker of `turns`, keyed by speaker as written.
    func roles(of turns: [ChatTurn]) -> [String: ChatRole] {
        var roles: [String: ChatRole] = [:]
        var formulaSpeakers: Set<String> = []
        for turn in turns where !turn.speaker.isEmpty {
            if roles[turn.speaker] == nil, let declared = turn.declaredRole, declared != .system {
                roles[turn.speaker] = declared
            }
            let folded = ChatNameMatcher.fold(turn.text)
            if Self.agentFormulas.contains(where: { folded.contains($0) }) {
                formulaSpeakers.insert(turn.speaker)
            }
        }
        for turn in turns where !turn.speaker.isEmpty && roles[turn.speaker] == nil {
            let name = turn.speaker
            if systems.matches(name) {
                roles[name] = .system
            } else if bots.matches(name) || Self.looksLikeBotName(name) {
                roles[name] = .bot
            } else if agents.matches(name) {
                roles[name] = .agent
            } else if customers.matches(name) {
                roles[name] = .customer
            } else if formulaSpeakers.contains(name) {
                roles[name] = .agent
            } else {
                roles[name] = .customer
            }
        }
        return roles
    }

    /// The role of one turn, system lines included.
    static func isSystemText(_ text: String) -> Bool {
        let folded = ChatNameMatcher.fold(text)
        return systemPhrases.contains { folded.contains($0) } && folded.count < 200
    }

    /// `ShopBot`, `LiaBot`: a name whose last word ends in "bot" (but not `Abbott`, `Talbot`).
    private static func looksLikeBotName(_ name: String) -> Bool {
        guard let last = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).last, last.count > 3
        else { return false }
        return last.hasSuffix("Bot") || last.hasSuffix("BOT")
    }
}
