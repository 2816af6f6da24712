import Foundation
import Testing
import VerbatimModel

@testable import Aggregation

/// A survey response answered in several open questions gives several verbatims carrying the same
/// scores: NPS, CSAT and CES count the response once, its texts each count.
@Suite struct SurveyResponseScoresTests {
    static func answer(row: Int, question: Int, touchpoint: String, nps: Int, csat: Int) -> AnalysedVerbatim {
        let verbatim = Verbatim(
            source: SourceLocation(path: "s.csv", ordinal: row, position: "row \(row), column Q\(question)"),
            channel: .survey, conversation: "response:s.csv#\(row)", text: "réponse \(question) de la ligne \(row)",
            scores: SurveyScores(nps: nps, csat: csat))
        return AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: SentimentResult(score: -0.4, label: .negative, clauses: []),
            touchpoint: touchpoint)
    }

    @Test func scoresOfOneResponseCountOnceInEveryGroupItsAnswersReach() throws {
        var aggregator = HotspotAggregator()
        // Response 1: two answers filed under delivery, one under support. Response 2: one answer.
        aggregator.add(Self.answer(row: 1, question: 2, touchpoint: "delivery", nps: 2, csat: 1))
        aggregator.add(Self.answer(row: 1, question: 3, touchpoint: "delivery", nps: 2, csat: 1))
        aggregator.add(Self.answer(row: 1, question: 4, touchpoint: "support", nps: 2, csat: 1))
        aggregator.add(Self.answer(row: 2, question: 2, touchpoint: "delivery", nps: 10, csat: 5))
        #expect(aggregator.overall.count == 4)
        #expect(aggregator.overall.nps == NPSTally(promoters: 1, detractors: 1))
        #expect(aggregator.overall.csatCount == 2)
        let rows = aggregator.hotspots(journeyOrder: [])
        let delivery = try #require(rows.first { $0.touchpoint == "delivery" })
        let support = try #require(rows.first { $0.touchpoint == "support" })
        #expect(delivery.statistics.count == 3)
        #expect(delivery.statistics.nps == NPSTally(promoters: 1, detractors: 1))
        #expect(support.statistics.nps == NPSTally(detractors: 1))
    }

    @Test func twoResponsesWithTheSameScoresBothCount() {
        var statistics = GroupStatistics()
        statistics.add(Self.answer(row: 1, question: 2, touchpoint: "delivery", nps: 9, csat: 4))
        statistics.add(Self.answer(row: 2, question: 2, touchpoint: "delivery", nps: 9, csat: 4))
        #expect(statistics.nps.count == 2)
        #expect(statistics.csatCount == 2)
    }

    @Test func answersOfOneResponseAreOneContactForRepeatContact() {
        var tracker = RepeatContactTracker()
        for question in 2...4 {
            var record = Self.answer(row: 1, question: question, touchpoint: "delivery", nps: 2, csat: 1)
            record.verbatim.customer = "k1"
            record.verbatim.date = Date(timeIntervalSince1970: 1_795_000_000)
            record.themes = [ThemeMention(theme: "delivery_delay", sentiment: -0.4)]
            #expect(tracker.mark(record).signals.isEmpty)
        }
    }
}
