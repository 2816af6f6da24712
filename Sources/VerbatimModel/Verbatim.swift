public import Foundation

/// One customer utterance with its metadata, as ingestion extracts it.
///
/// Only customer turns become verbatims: agent and bot turns, auto-replies and quoted history are
/// filtered out by the readers. The customer key is already pseudonymised: no address or phone
/// number ever reaches this type.
public struct Verbatim: Sendable, Hashable {
    /// Where it comes from; also the stable sort key of the whole pipeline.
    public var source: SourceLocation
    /// The conversation kind.
    public var channel: Channel
    /// When the customer wrote it, in UTC, when the input says.
    public var date: Date?
    /// A pseudonymous customer key (a keyed hash), never an address.
    public var customer: String?
    /// A conversation key (email thread, chat session) when the input has one.
    public var conversation: String?
    /// Identity evidence of the author, each already keyed (`kind:` plus a keyed hash, never clear
    /// text): the e-mail addresses, phone numbers and order numbers the input ties to this utterance
    /// (its sender, a survey's e-mail column, a number written in the text). Evidence that co-occurs
    /// in one conversation, thread or response names one person (issue 18).
    public var evidence: [String]
    /// An e-mail that answers an earlier message (`References` or `In-Reply-To`): only such a message
    /// can wait for the rest of its thread, which may lie in files read later.
    public var isReply: Bool
    /// The customer's own words, after clean-up (no quoted history, no signature).
    public var text: String
    /// Context that is not the customer's text but helps themes: an email subject, a review title.
    public var context: String?
    /// A language declared by the input (`inLanguage`, a survey column); identification decides otherwise.
    public var declaredLanguage: Language?
    /// Scores given with the text.
    public var scores: SurveyScores
    /// A journey step named by the input itself (a survey's step column); it wins over themes.
    public var touchpointHint: String?
    /// Signals the reader could see and the text cannot (bot loop, transfer between agents, escalation).
    public var readerSignals: [String]

    public init(
        source: SourceLocation,
        channel: Channel,
        date: Date? = nil,
        customer: String? = nil,
        conversation: String? = nil,
        evidence: [String] = [],
        isReply: Bool = false,
        text: String,
        context: String? = nil,
        declaredLanguage: Language? = nil,
        scores: SurveyScores = SurveyScores(),
        touchpointHint: String? = nil,
        readerSignals: [String] = []
    ) {
        self.source = source
        self.channel = channel
        self.date = date
        self.customer = customer
        self.conversation = conversation
        self.evidence = evidence
        self.isReply = isReply
        self.text = text
        self.context = context
        self.declaredLanguage = declaredLanguage
        self.scores = scores
        self.touchpointHint = touchpointHint
        self.readerSignals = readerSignals
    }

    /// A stable identifier derived from the source location, the same on every run over the same corpus.
    public var id: String { StableHash.hex(of: source.description) }

    /// The conversation's identifier in reports: a hash of `conversation` (which may hold a path or
    /// a message id), the same for every turn of a chat or message of a thread and on every run;
    /// `nil` when the input gives no conversation (an e-mail without any message id).
    public var conversationID: String? {
        conversation.map { StableHash.hex(of: "conversation\u{1F}" + $0) }
    }
}
