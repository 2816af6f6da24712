/// Promoters, passives and detractors of a Net Promoter question.
///
/// NPS = 100 × (promoters − detractors) / n with promoters answering 9–10 and detractors 0–6
/// (Reichheld 2003; passives 7–8 count only in n). Its 95 % margin of error treats each answer as
/// +1, 0 or −1: Var = p + d − (p − d)², SE = 100·√(Var / n), MoE = 1.96·SE (see cx-anchors §4.1).
public struct NPSTally: Sendable, Hashable {
    public var promoters = 0
    public var passives = 0
    public var detractors = 0

    public init(promoters: Int = 0, passives: Int = 0, detractors: Int = 0) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
    }

    /// Counts one 0–10 answer; values outside the scale are ignored (ingest reports them).
    public mutating func add(_ score: Int) {
        switch score {
        case 9...10: promoters += 1
        case 7...8: passives += 1
        case 0...6: detractors += 1
        default: break
        }
    }

    /// Number of answers.
    public var count: Int { promoters + passives + detractors }

    /// NPS in −100…100, `nil` without answers.
    public var score: Double? {
        guard count > 0 else { return nil }
        return 100 * Double(promoters - detractors) / Double(count)
    }

    /// Standard error of the NPS in points, `nil` without answers.
    public var standardError: Double? {
        guard count > 0 else { return nil }
        let n = Double(count)
        let p = Double(promoters) / n
        let d = Double(detractors) / n
        let variance = p + d - (p - d) * (p - d)
        return 100 * (variance / n).squareRoot()
    }

    /// Half-width of the 95 % confidence interval, in points.
    public var marginOfError: Double? { standardError.map { Statistics.z95 * $0 } }

    /// This tally without `other`'s answers (for leave-one-out impact).
    public func subtracting(_ other: NPSTally) -> NPSTally {
        NPSTally(
            promoters: promoters - other.promoters, passives: passives - other.passives,
            detractors: detractors - other.detractors)
    }

    /// Both tallies together.
    public func adding(_ other: NPSTally) -> NPSTally {
        NPSTally(
            promoters: promoters + other.promoters, passives: passives + other.passives,
            detractors: detractors + other.detractors)
    }
}
