import Testing

@testable import Aggregation

@Suite struct TrendAnalysisTests {
    static func rows(_ counts: [(String, Int, Int)]) -> [AggregateSnapshot] {
        counts.map { touchpoint, n, negative in
            AggregateSnapshot(
                touchpoint: touchpoint, theme: "", count: n, negative: negative, positive: n - negative, nps: NPSTally()
            )
        }
    }

    @Test func aRealWorseningIsFlaggedAndStableRowsAreNot() throws {
        let before = Self.rows([("delivery", 200, 40), ("payment", 150, 15), ("product", 300, 30)])
        let now = Self.rows([("delivery", 200, 90), ("payment", 150, 17), ("product", 300, 33)])
        let trends = TrendAnalysis.trends(current: now, previous: before, trailing: [before])
        let delivery = try #require(trends["delivery"])
        #expect(delivery.significant)
        #expect(abs((delivery.negativeShareChange ?? 0) - 25) < 1e-9)
        #expect((delivery.q ?? 1) < 0.001)
        #expect(trends["payment"]?.significant == false)
        #expect(trends["product"]?.significant == false)
        #expect(abs((trends["delivery"]?.negativeShareVersusFourWeeks ?? 0) - 25) < 1e-9)
    }

    @Test func nothingChangedFlagsNothing() {
        let same = Self.rows([("delivery", 200, 40), ("payment", 150, 15), ("returns", 80, 30)])
        let trends = TrendAnalysis.trends(current: same, previous: same, trailing: [same, same])
        #expect(trends.values.allSatisfy { !$0.significant })
        #expect(trends.values.allSatisfy { $0.negativeShareChange == 0 })
    }

    @Test func aFirstRunHasNoTrend() {
        let trends = TrendAnalysis.trends(current: Self.rows([("delivery", 50, 10)]), previous: nil, trailing: [])
        #expect(trends["delivery"] == Trend())
    }

    @Test func tinyRowsAreNotTested() {
        let before = Self.rows([("delivery", 4, 0)])
        let now = Self.rows([("delivery", 4, 4)])
        let trend = TrendAnalysis.trends(current: now, previous: before, trailing: [])["delivery"]
        #expect(trend?.negativeShareChange == 100)
        #expect(trend?.negativeShareP == nil)
        #expect(trend?.significant == false)
    }
}
