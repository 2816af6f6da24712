import Testing

@testable import Aggregation

@Suite struct StatisticsTests {
    @Test func npsCountsPromotersMinusDetractorsOverAllAnswers() {
        var tally = NPSTally()
        for score in [10, 9, 9, 8, 7, 6, 0, 3, 10, 5] { tally.add(score) }
        // 4 promoters, 2 passives, 4 detractors of 10.
        #expect(tally.promoters == 4 && tally.passives == 2 && tally.detractors == 4)
        #expect(tally.score == 0)
    }

    @Test func npsMarginOfErrorFollowsTheTrinomialVariance() throws {
        let tally = NPSTally(promoters: 50, passives: 30, detractors: 20)
        // p = .5, d = .2: Var = .7 − .09 = .61; SE = 100·√(.61/100) = 7.81; MoE = 1.96·SE = 15.31.
        let moe = try #require(tally.marginOfError)
        #expect(abs(moe - 15.308) < 0.01)
        #expect(tally.score == 30)
    }

    @Test func npsIgnoresOutOfScaleAnswers() {
        var tally = NPSTally()
        tally.add(11)
        tally.add(-1)
        #expect(tally.count == 0)
        #expect(tally.score == nil)
    }

    @Test func wilsonLowerBoundPenalisesSmallGroups() throws {
        // 1 of 1 is not "100 % negative" with any confidence; 80 of 100 is close to 80 %.
        let tiny = try #require(Statistics.wilsonLowerBound(successes: 1, of: 1))
        let large = try #require(Statistics.wilsonLowerBound(successes: 80, of: 100))
        #expect(tiny < 0.25)
        #expect(abs(large - 0.7112) < 0.001)
        #expect(Statistics.wilsonLowerBound(successes: 0, of: 0) == nil)
    }

    @Test func twoProportionTestMatchesTheTextbookExample() throws {
        // 45/100 vs 30/100: pooled .375, z = .15 / √(.375·.625·.02) = 2.191.
        let z = try #require(Statistics.twoProportionZ(successes1: 45, n1: 100, successes2: 30, n2: 100))
        #expect(abs(z - 2.191) < 0.001)
        #expect(abs(Statistics.twoSidedP(z: 1.959964) - 0.05) < 0.0001)
    }

    @Test func benjaminiHochbergAdjustsInRankOrder() {
        let q = Statistics.benjaminiHochberg([0.01, 0.04, 0.03, 0.005])
        // Sorted: .005 (×4/1=.02), .01 (×4/2=.02), .03 (×4/3=.04), .04 (×4/4=.04).
        let expected = [0.02, 0.04, 0.04, 0.02]
        for (value, want) in zip(q, expected) { #expect(abs(value - want) < 1e-12) }
    }
}
