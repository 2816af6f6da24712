public import VerbatimModel

/// What tagging reads beside the text itself: the context (an e-mail subject, a review title), the
/// reader's signals, the survey scores, the input's own step and the channel.
///
/// A bare text (a row of `verbatim score`) has none of it (`TagContext.none`): its themes come from
/// its words alone and no channel default files it, rather than a made-up channel doing so.
public struct TagContext: Sendable {
    /// Text around the verbatim that may name a theme (subject, title); weighs less than the text.
    public var context: String?
    /// Signals the reader found in the input's structure (`Verbatim.readerSignals`).
    public var readerSignals: [String]
    /// Survey answers, checked against the text's sentiment (`SignalDetector.isIncoherent`).
    public var scores: SurveyScores
    /// The input's own step (a survey's step column), which wins over the themes.
    public var touchpointHint: String?
    /// The channel, whose journey default files a verbatim no theme places; `nil` for a bare text.
    public var channel: Channel?

    /// A context with the given parts; every part defaults to "none".
    public init(
        context: String? = nil, readerSignals: [String] = [], scores: SurveyScores = SurveyScores(),
        touchpointHint: String? = nil, channel: Channel? = nil
    ) {
        self.context = context
        self.readerSignals = readerSignals
        self.scores = scores
        self.touchpointHint = touchpointHint
        self.channel = channel
    }

    /// Everything of `verbatim` that tagging reads, except its text.
    public init(_ verbatim: Verbatim) {
        self.init(
            context: verbatim.context, readerSignals: verbatim.readerSignals, scores: verbatim.scores,
            touchpointHint: verbatim.touchpointHint, channel: verbatim.channel)
    }

    /// The context of a bare text: nothing but its words.
    public static let none = TagContext()
}
