public import VerbatimModel

/// The aggregation step of a run: which analysed records count, and what counting them adds.
///
/// Records are offered one by one in the run's stable order (sorted by source), so the result is the
/// same whatever the thread count that analysed them. A record counts when it falls in the date
/// window and is not a review already seen on another page; it is added to the hot spot aggregates.
/// The signals that depend on who the author is across channels (`repeat-contact`,
/// `channel-switch`) are added once every record is consumed (`addLateSignals`).
public struct RunAggregation: Sendable {
    /// What became of one offered record.
    public enum Outcome: Sendable {
        /// Dated outside `--since`/`--until`, or undated while a window is set.
        case outsideDateWindow
        /// The same review (site, author, date and body hash, set by the reader) seen before.
        case duplicateReview
        /// Counted.
        case counted(AnalysedVerbatim)
    }

    public let window: DateWindow
    /// The aggregates of every counted record.
    public private(set) var aggregator = HotspotAggregator()
    private var reviewsSeen: Set<String> = []

    /// An empty step selecting the records dated in `window`.
    public init(window: DateWindow) {
        self.window = window
    }

    /// Offers the next record in the run's order.
    public mutating func add(_ record: AnalysedVerbatim) -> Outcome {
        guard window.contains(record.verbatim.date) else { return .outsideDateWindow }
        if record.verbatim.channel == .review, let key = record.verbatim.conversation,
            !reviewsSeen.insert(key).inserted
        {
            return .duplicateReview
        }
        aggregator.add(record)
        return .counted(record)
    }

    /// Adds the signals known once people are (`HotspotAggregator.addLateSignals`).
    public mutating func addLateSignals(_ signals: [String], touchpoint: String, themes: [String]) {
        aggregator.addLateSignals(signals, touchpoint: touchpoint, themes: themes)
    }

    /// Sets each touchpoint's people counts.
    public mutating func setPeople(_ counts: [String: (people: Int, multiChannel: Int)]) {
        aggregator.setPeople(counts)
    }
}
