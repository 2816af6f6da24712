import Foundation
import Testing
import VerbatimModel

@testable import Aggregation

/// The aggregation step: which records count, and the repeat-contact signal counting them adds.
@Suite struct RunAggregationTests {
    static let day = Date(timeIntervalSince1970: 1_795_000_000)

    static func record(
        _ ordinal: Int, channel: Channel = .email, date: Date? = day, customer: String? = "c1",
        conversation: String? = nil, themes: [String] = ["refund"]
    ) -> AnalysedVerbatim {
        let verbatim = Verbatim(
            source: SourceLocation(path: "in/\(ordinal).eml", ordinal: 0, position: "message 1"), channel: channel,
            date: date, customer: customer, conversation: conversation, text: "toujours pas remboursé")
        return AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: SentimentResult(score: -0.5, label: .negative, clauses: []),
            themes: themes.map { ThemeMention(theme: $0, sentiment: -0.5) }, touchpoint: "returns")
    }

    static func counted(_ outcome: RunAggregation.Outcome) -> AnalysedVerbatim? {
        if case .counted(let record) = outcome { return record }
        return nil
    }

    @Test func aWindowKeepsItsDaysAndLeavesOutTheUndated() {
        var step = RunAggregation(window: DateWindow(since: Self.day, until: Self.day))
        #expect(Self.counted(step.add(Self.record(0, date: Self.day.addingTimeInterval(3_600)))) != nil)
        guard case .outsideDateWindow = step.add(Self.record(1, date: Self.day.addingTimeInterval(86_400))) else {
            Issue.record("the day after `until` is counted")
            return
        }
        guard case .outsideDateWindow = step.add(Self.record(2, date: nil)) else {
            Issue.record("an undated record is counted despite a window")
            return
        }
        #expect(step.aggregator.overall.count == 1)
    }

    @Test func aReviewSeenOnTwoPagesCountsOnce() {
        var step = RunAggregation(window: DateWindow())
        let review = Self.record(0, channel: .review, conversation: "site|author|2026-11-18|hash")
        #expect(Self.counted(step.add(review)) != nil)
        let again = Self.record(1, channel: .review, conversation: review.verbatim.conversation)
        guard case .duplicateReview = step.add(again) else {
            Issue.record("the same review counted twice")
            return
        }
        // Two e-mails of one thread are two contacts, not duplicates.
        #expect(Self.counted(step.add(Self.record(2, conversation: "thread"))) != nil)
        #expect(Self.counted(step.add(Self.record(3, conversation: "thread"))) != nil)
        #expect(step.aggregator.overall.count == 3)
    }

    @Test func signalsKnownOnceEveryRecordIsConsumedCountWhereTheRecordCounted() {
        var step = RunAggregation(window: DateWindow())
        // The step itself marks nothing: who the author is across channels is known at the end only.
        let signals = (0..<3).map { Self.counted(step.add(Self.record($0)))?.signals }
        #expect(signals == [[], [], []])
        step.addLateSignals([RepeatContactTracker.signal], touchpoint: "returns", themes: ["refund", "refund"])
        let aggregator = step.aggregator
        #expect(aggregator.overall.signalCounts[RepeatContactTracker.signal] == 1)
        #expect(aggregator.touchpoints["returns"]?.signalCounts[RepeatContactTracker.signal] == 1)
        #expect(
            aggregator.cells[.init(touchpoint: "returns", theme: "refund")]?.signalCounts[RepeatContactTracker.signal]
                == 1)
    }
}
