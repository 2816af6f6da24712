import Foundation
import Testing
import VerbatimModel

@testable import Aggregation

@Suite struct HotspotAggregatorTests {
    static func record(
        _ index: Int, touchpoint: String, score: Double, label: SentimentLabel,
        text: String = "un avis assez long pour être cité",
        nps: Int? = nil, themes: [ThemeMention] = [], signals: [String] = []
    ) -> AnalysedVerbatim {
        let verbatim = Verbatim(
            source: SourceLocation(path: "s.csv", ordinal: index, position: "row \(index)"), channel: .survey,
            text: text, scores: SurveyScores(nps: nps))
        return AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: SentimentResult(score: score, label: label, clauses: []),
            themes: themes, signals: signals, touchpoint: touchpoint)
    }

    @Test func ranksTheTouchpointThatHurtsMostFirst() {
        var aggregator = HotspotAggregator()
        var index = 0
        // delivery: 30 verbatims, 24 negative. product: 40 verbatims, 4 negative. payment: 6, all negative:
        // a small group that is all pain outranks a large one that is mostly happy.
        for i in 0..<30 {
            aggregator.add(
                Self.record(
                    index, touchpoint: "delivery", score: i < 24 ? -0.6 : 0.4, label: i < 24 ? .negative : .positive))
            index += 1
        }
        for i in 0..<40 {
            aggregator.add(
                Self.record(
                    index, touchpoint: "product", score: i < 4 ? -0.3 : 0.7, label: i < 4 ? .negative : .positive))
            index += 1
        }
        for _ in 0..<6 {
            aggregator.add(Self.record(index, touchpoint: "payment", score: -0.8, label: .negative))
            index += 1
        }
        let rows = aggregator.hotspots(journeyOrder: ["payment", "delivery", "product"])
        #expect(rows.map(\.touchpoint) == ["delivery", "payment", "product"])
        #expect(rows.map(\.rank) == [1, 2, 3])
        #expect(rows[0].statistics.negativeShare == 0.8)
    }

    @Test func scoreOnlyResponsesCountForNPSButNotForText() {
        var aggregator = HotspotAggregator()
        aggregator.add(Self.record(0, touchpoint: "delivery", score: -0.5, label: .negative, nps: 2))
        aggregator.add(Self.record(1, touchpoint: "delivery", score: 0, label: .neutral, text: "", nps: 10))
        aggregator.add(Self.record(2, touchpoint: "delivery", score: 0, label: .neutral, text: "", nps: 9))
        let row = aggregator.hotspots(journeyOrder: []).first
        #expect(row?.statistics.count == 1)
        #expect(row?.statistics.nps.count == 3)
        #expect(aggregator.scoreOnlyResponses == 2)
    }

    @Test func leaveOneOutNPSImpactEqualsTheQualtricsForm() throws {
        var aggregator = HotspotAggregator()
        let answers: [(String, Int)] = [
            ("delivery", 0), ("delivery", 2), ("delivery", 9), ("product", 10), ("product", 9), ("product", 8),
            ("product", 10), ("support", 5), ("support", 10),
        ]
        for (index, (touchpoint, nps)) in answers.enumerated() {
            aggregator.add(Self.record(index, touchpoint: touchpoint, score: 0, label: .neutral, nps: nps))
        }
        let delivery = try #require(aggregator.hotspots(journeyOrder: []).first { $0.touchpoint == "delivery" })
        let all = try #require(aggregator.overall.nps.score)
        let mine = try #require(delivery.statistics.nps.score)
        let n = Double(aggregator.overall.nps.count)
        let nT = Double(delivery.statistics.nps.count)
        // Impact = NPS_all − NPS_without = n_T (NPS_T − NPS_all) / (N − n_T)  (cx-anchors §4.4).
        let impact = try #require(delivery.npsImpact)
        #expect(abs(impact - nT * (mine - all) / (n - nT)) < 1e-9)
        #expect(impact < 0)
    }

    @Test func themeCellsUseTheClauseSentimentOfTheTheme() throws {
        var aggregator = HotspotAggregator()
        aggregator.add(
            Self.record(
                0, touchpoint: "delivery", score: 0.1, label: .mixed,
                themes: [
                    ThemeMention(theme: "delivery", sentiment: 0.6),
                    ThemeMention(theme: "product_defect", sentiment: -0.7),
                ]))
        let cells = aggregator.themeHotspots(journeyOrder: [])
        let defect = try #require(cells.first { $0.theme == "product_defect" })
        let delivery = try #require(cells.first { $0.theme == "delivery" })
        #expect(defect.statistics.negative == 1)
        #expect(delivery.statistics.positive == 1)
        #expect(cells.first?.theme == "product_defect")
    }

    @Test func aThemeCellQuotesTheVerbatimAsItsThemeReadsIt() throws {
        // Praise for delivery, blame for the product: the product cell quotes the verbatim with the
        // product clause's sentiment and that theme alone; the touchpoint keeps the whole record.
        var aggregator = HotspotAggregator()
        let defectMention = ThemeMention(theme: "product_defect", sentiment: -0.7)
        aggregator.add(
            Self.record(
                0, touchpoint: "delivery", score: 0.1, label: .mixed,
                themes: [ThemeMention(theme: "delivery", sentiment: 0.6), defectMention, defectMention]))
        let defect = try #require(aggregator.themeHotspots(journeyOrder: []).first { $0.theme == "product_defect" })
        let quote = try #require(defect.statistics.negativeExamples.items.first)
        #expect(quote.sentiment.score == -0.7)
        #expect(quote.sentiment.label == .negative)
        #expect(quote.themes == [defectMention])
        #expect(defect.statistics.positiveExamples.items.isEmpty)
        // A theme named twice counts once in its cell.
        #expect(defect.statistics.count == 1)
        #expect(defect.statistics.themeMentions == ["product_defect": 1])
        let touchpoint = try #require(aggregator.hotspots(journeyOrder: []).first)
        #expect(touchpoint.statistics.positiveExamples.items.first?.themes.count == 3)
        #expect(touchpoint.statistics.mixed == 1)
    }

    @Test func examplesAreTheMostNegativeReadableQuotesAndStable() {
        var first = HotspotAggregator()
        var second = HotspotAggregator()
        let records = (0..<10).map { index in
            Self.record(
                index, touchpoint: "refund", score: -Double(index % 5) / 5 - 0.1, label: .negative,
                text: "Remboursement promis, toujours rien reçu, numéro \(index)")
        }
        for record in records { first.add(record) }
        for record in records { second.add(record) }
        let examples = first.hotspots(journeyOrder: [])[0].statistics.examples
        #expect(examples.count == 2)
        #expect(examples.allSatisfy { abs($0.sentiment.score + 0.9) < 1e-9 })
        #expect(
            examples.map(\.verbatim.source)
                == second.hotspots(journeyOrder: [])[0].statistics.examples.map(\.verbatim.source))
        #expect(examples[0].verbatim.source.ordinal == 4)
    }
}

@Suite struct RepeatContactTrackerTests {
    static func record(_ path: String, channel: Channel, customer: String, day: Double, theme: String)
        -> AnalysedVerbatim
    {
        let verbatim = Verbatim(
            source: SourceLocation(path: path, ordinal: 0, position: ""), channel: channel,
            date: Date(timeIntervalSince1970: 1_795_000_000 + day * 86_400), customer: customer,
            conversation: channel == .chat ? path : nil, text: "où est mon remboursement ?")
        return AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: .neutral,
            themes: [ThemeMention(theme: theme, sentiment: -0.4)],
            touchpoint: "returns")
    }

    @Test func theThirdContactOnOneThemeWithinThirtyDaysIsARepeat() {
        var tracker = RepeatContactTracker()
        let first = tracker.mark(Self.record("a.eml", channel: .email, customer: "k1", day: 0, theme: "refund"))
        let second = tracker.mark(Self.record("b.eml", channel: .email, customer: "k1", day: 5, theme: "refund"))
        let third = tracker.mark(Self.record("c.eml", channel: .email, customer: "k1", day: 12, theme: "refund"))
        #expect(first.signals.isEmpty && second.signals.isEmpty)
        #expect(third.signals == ["repeat-contact"])
    }

    /// A pair seen once is kept apart from pairs seen more (memory); its count must be the same.
    @Test func aPairSeenOnceCountsItsOneContactAsAPairSeenMoreWould() {
        var once = RepeatContactTracker(threshold: 1)
        #expect(
            once.mark(Self.record("a.eml", channel: .email, customer: "k1", day: 0, theme: "refund")).signals == [
                "repeat-contact"
            ])
        var twice = RepeatContactTracker(threshold: 2)
        func mark(_ path: String, day: Double) -> [String] {
            twice.mark(Self.record(path, channel: .email, customer: "k1", day: day, theme: "refund")).signals
        }
        #expect(mark("a.eml", day: 0).isEmpty)
        // The same message again is still one contact; 40 days later, the first is outside the window.
        #expect(mark("a.eml", day: 1).isEmpty)
        #expect(mark("b.eml", day: 40).isEmpty)
        #expect(mark("c.eml", day: 41) == ["repeat-contact"])
    }

    @Test func messagesOfOneMailboxAreSeparateContactsAndOneMessageSeenTwiceIsOne() {
        var tracker = RepeatContactTracker()
        func message(_ position: String, day: Double) -> AnalysedVerbatim {
            var record = Self.record("box.mbox", channel: .email, customer: "k1", day: day, theme: "refund")
            record.verbatim.source = SourceLocation(path: "box.mbox", ordinal: 0, position: position)
            return record
        }
        #expect(tracker.mark(message("message 1", day: 0)).signals.isEmpty)
        #expect(tracker.mark(message("message 1", day: 1)).signals.isEmpty)
        #expect(tracker.mark(message("message 2", day: 2)).signals.isEmpty)
        #expect(tracker.mark(message("message 3", day: 3)).signals == ["repeat-contact"])
    }

    @Test func chatTurnsOtherThemesOtherCustomersAndOldContactsDoNotCount() {
        var tracker = RepeatContactTracker()
        // Three turns of one chat are one contact.
        for _ in 0..<3 {
            #expect(
                tracker.mark(Self.record("chat1.txt", channel: .chat, customer: "k1", day: 1, theme: "refund")).signals
                    .isEmpty)
        }
        #expect(
            tracker.mark(Self.record("x.eml", channel: .email, customer: "k2", day: 1, theme: "refund")).signals.isEmpty
        )
        #expect(
            tracker.mark(Self.record("y.eml", channel: .email, customer: "k1", day: 1, theme: "delivery")).signals
                .isEmpty)
        // 45 days later is outside the window of the first two contacts.
        #expect(
            tracker.mark(Self.record("z.eml", channel: .email, customer: "k1", day: 46, theme: "refund")).signals
                .isEmpty)
        #expect(
            tracker.mark(Self.record("w.eml", channel: .email, customer: "k1", day: 2, theme: "refund")).signals.isEmpty
        )
        // The chat, w.eml and v.eml are three contacts within thirty days.
        #expect(
            tracker.mark(Self.record("v.eml", channel: .email, customer: "k1", day: 3, theme: "refund")).signals == [
                "repeat-contact"
            ])
    }
}
