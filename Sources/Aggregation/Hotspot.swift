/// One row of the hot-spot table: a touchpoint (or a touchpoint × theme cell) and its measures.
public struct Hotspot: Sendable {
    /// 1 for the group that hurts most.
    public var rank: Int
    public var touchpoint: String
    /// The theme, for touchpoint × theme rows; `nil` for touchpoint rows.
    public var theme: String?
    public var statistics: GroupStatistics
    /// This group's verbatims over all verbatims with text, 0…1.
    public var share: Double
    /// Ranking key: 100 × share × Wilson lower bound of the negative share (see README, "Impact").
    public var impact: Double
    /// NPS of all responses minus NPS without this group's responses (Thematic's leave-one-out impact).
    public var npsImpact: Double?
}
