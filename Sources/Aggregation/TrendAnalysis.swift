/// Compares this run's rows with the previous run and the trailing four weeks.
///
/// Every row gets a two-proportion z-test on its negative share and, where both runs have NPS
/// answers, a z-test on the NPS; all p-values of the run are then adjusted together with
/// Benjamini–Hochberg, because a nightly table tests dozens of rows and some would otherwise "move
/// significantly" every night by chance.
public enum TrendAnalysis {
    /// The false-discovery rate under which a change is flagged.
    public static let falseDiscoveryRate = 0.05
    /// Rows with fewer verbatims than this in either run are not tested: the normal approximation of
    /// the two-proportion test needs a few counts per cell (a common rule of thumb is n·p ≥ 5).
    public static let minimumCount = 10
    /// How far back, in seconds, the trailing comparison reaches (`negative_share_vs_4w`): four weeks
    /// before the run.
    public static let trailingWindow = 28.0 * 86_400

    /// Trends by snapshot key for `current`, given the previous run and the runs of the trailing
    /// four weeks (oldest first; the previous run may be among them).
    public static func trends(
        current: [AggregateSnapshot], previous: [AggregateSnapshot]?, trailing: [[AggregateSnapshot]]
    ) -> [String: Trend] {
        let before = Dictionary((previous ?? []).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var trends: [String: Trend] = [:]
        var tests: [(key: String, p: Double)] = []
        for row in current {
            var trend = Trend()
            if let old = before[row.key], let nowShare = row.negativeShare, let oldShare = old.negativeShare {
                trend.negativeShareChange = 100 * (nowShare - oldShare)
                if row.count >= minimumCount, old.count >= minimumCount,
                    let z = Statistics.twoProportionZ(
                        successes1: row.negative, n1: row.count, successes2: old.negative, n2: old.count)
                {
                    let p = Statistics.twoSidedP(z: z)
                    trend.negativeShareP = p
                    tests.append((row.key, p))
                }
            }
            if let old = before[row.key], let now = row.nps.score, let then = old.nps.score,
                let errorNow = row.nps.standardError, let errorThen = old.nps.standardError
            {
                trend.npsChange = now - then
                let spread = (errorNow * errorNow + errorThen * errorThen).squareRoot()
                if row.nps.count >= minimumCount, old.nps.count >= minimumCount, spread > 0 {
                    let p = Statistics.twoSidedP(z: (now - then) / spread)
                    trend.npsP = p
                    tests.append((row.key, p))
                }
            }
            let shares = trailing.compactMap { run in run.first { $0.key == row.key }?.negativeShare }
            if !shares.isEmpty, let nowShare = row.negativeShare {
                trend.negativeShareVersusFourWeeks = 100 * (nowShare - shares.reduce(0, +) / Double(shares.count))
            }
            trends[row.key] = trend
        }
        let adjusted = Statistics.benjaminiHochberg(tests.map(\.p))
        for (test, q) in zip(tests, adjusted) {
            guard var trend = trends[test.key] else { continue }
            trend.q = min(trend.q ?? 1, q)
            trend.significant = (trend.q ?? 1) < falseDiscoveryRate
            trends[test.key] = trend
        }
        return trends
    }
}
