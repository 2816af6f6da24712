/// The chat lists of a `SpeakerLexicon`, folded and split once per run rather than once per
/// conversation: preparing them cost more than reading a small transcript.
struct ChatSpeakerLists: Sendable, Hashable {
    static let agentLabels = "chat-agent-labels"
    static let botLabels = "chat-bot-labels"
    static let customerLabels = "chat-customer-labels"
    static let systemSpeakers = "chat-system-speakers"

    var agents: ChatNameMatcher
    var bots: ChatNameMatcher
    var customers: ChatNameMatcher
    var systems: ChatNameMatcher
    var notices: ChatSystemNotices
    var content: ChatContentEvidence
    /// How WhatsApp names an export, per locale (`WhatsAppExportName`).
    var whatsAppPrefixes: [String]

    init(_ lexicon: SpeakerLexicon) {
        agents = ChatNameMatcher(lexicon[Self.agentLabels])
        bots = ChatNameMatcher(lexicon[Self.botLabels])
        customers = ChatNameMatcher(lexicon[Self.customerLabels])
        systems = ChatNameMatcher(lexicon[Self.systemSpeakers])
        notices = ChatSystemNotices(lexicon)
        content = ChatContentEvidence(lexicon)
        whatsAppPrefixes = lexicon[WhatsAppExportName.listName].map(ChatNameMatcher.foldText).filter { !$0.isEmpty }
    }
}
