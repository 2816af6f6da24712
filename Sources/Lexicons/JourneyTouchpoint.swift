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
    /// Themes that file a verbatim here.
    public var themes: [String]
    /// Channels whose verbatims land here when no theme and no hint decides.
    public var channels: [Channel]
    /// Other names a survey's step column may use for this touchpoint (`Order`, `Commande`).
    public var hints: [String]
    /// 1-based line in the journey file.
    public var line: Int

    /// A touchpoint as read from the journey row at `line`.
    public init(
        order: Int, id: String, labelFR: String, labelEN: String, themes: [String], channels: [Channel],
        hints: [String], line: Int
    ) {
        self.order = order
        self.id = id
        self.labelFR = labelFR
        self.labelEN = labelEN
        self.themes = themes
        self.channels = channels
        self.hints = hints
        self.line = line
    }
}
