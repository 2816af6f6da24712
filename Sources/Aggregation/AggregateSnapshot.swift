/// The counts of one hot-spot row kept from run to run, enough to test whether it changed.
public struct AggregateSnapshot: Sendable, Hashable {
    /// Touchpoint, and theme for touchpoint × theme rows (empty for touchpoint rows).
    public var touchpoint: String
    public var theme: String
    /// Verbatims with text, negative and positive ones.
    public var count: Int
    public var negative: Int
    public var positive: Int
    public var nps: NPSTally

    public init(touchpoint: String, theme: String, count: Int, negative: Int, positive: Int, nps: NPSTally) {
        self.touchpoint = touchpoint
        self.theme = theme
        self.count = count
        self.negative = negative
        self.positive = positive
        self.nps = nps
    }

    /// The snapshot of a ranked row.
    public init(_ row: Hotspot) {
        self.init(
            touchpoint: row.touchpoint, theme: row.theme ?? "", count: row.statistics.count,
            negative: row.statistics.negative, positive: row.statistics.positive, nps: row.statistics.nps)
    }

    /// The key rows are matched on across runs.
    public var key: String { theme.isEmpty ? touchpoint : "\(touchpoint)\u{1F}\(theme)" }

    /// Negative share, `nil` without verbatims.
    public var negativeShare: Double? { count > 0 ? Double(negative) / Double(count) : nil }
}
