public import VerbatimModel

/// One step of a customer journey and what files a verbatim under it.
public struct JourneyTouchpoint: Sendable, Hashable {
    /// Position in the journey (the `order` column); reports list touchpoints in this order.
    public var order: Int
    /// Snake- or kebab-case identifier written in the `touchpoint` column of the reports.
    public var id: String
    /// French display label (may be empty when `labelEN` is not).
    public var labelFR: String
    /// English display label (may be empty when `labelFR` is not).
    public var labelEN: String
    /// Themes that file a verbatim here: the journey-step themes (`themes` column) first, then the
    /// contact-channel themes (`contact_themes` column), then the fallback themes (`fallback_themes`).
    public var themes: [String]
    /// The themes of `themes` that name how the customer reached the company (phone, e-mail, chat,
    /// chatbot, an agent) rather than a step of the journey: they file a verbatim here only when no
    /// journey-step theme places it (`TouchpointResolver`).
    public var contactThemes: [String]
    /// The themes of `themes` that name neither a step nor a contact channel, only that the
    /// customer still waits for something left unnamed (`still nothing after a week`): they file a
    /// verbatim here only when nothing else places it, not even its channel's default, and such a
    /// verbatim follows its conversation (`TouchpointResolver`, `ConversationContext`).
    public var fallbackThemes: [String]
    /// Channels whose verbatims land here when no theme and no hint decides.
    public var channels: [Channel]
    /// Other names a survey's step column may use for this touchpoint (`Order`, `Commande`).
    public var hints: [String]
    /// 1-based line in the journey file.
    public var line: Int

    /// A touchpoint as read from the journey row at `line`; `contactThemes` and `fallbackThemes` are
    /// among `themes`.
    public init(
        order: Int, id: String, labelFR: String, labelEN: String, themes: [String], contactThemes: [String] = [],
        fallbackThemes: [String] = [], channels: [Channel], hints: [String], line: Int
    ) {
        self.order = order
        self.id = id
        self.labelFR = labelFR
        self.labelEN = labelEN
        self.themes = themes
        self.contactThemes = contactThemes
        self.fallbackThemes = fallbackThemes
        self.channels = channels
        self.hints = hints
        self.line = line
    }
}
