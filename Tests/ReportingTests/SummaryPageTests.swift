import Aggregation
import Foundation
import Testing
import VerbatimModel

@testable import Reporting

@Suite struct SummaryPageTests {
    static func page() -> String {
        var aggregator = HotspotAggregator()
        for record in GoldenReportTests.records() { aggregator.add(record) }
        let hotspots = aggregator.hotspots(journeyOrder: ["delivery", "product_received", "customer_service"])
        let facts = SummaryPage.RunFacts(
            date: Date(timeIntervalSince1970: 1_795_000_000), verbatims: aggregator.overall.count,
            byChannel: aggregator.channelCounts, byLanguage: aggregator.languageCounts, errors: 0, previousRun: nil)
        return SummaryPage(
            facts: facts, hotspots: hotspots, trends: [:],
            journeyOrder: ["product_received", "delivery", "customer_service"],
            report: VerbatimsReport(dialect: .excelFR),
            labels: ["delivery": "Livraison", "product_received": "Produit reçu"]
        ).html()
    }

    @Test func thePageIsSelfContained() {
        let html = Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for reference in ["http://", "https://", "<script", "<link", "src=", "@import"] {
            #expect(!html.contains(reference), "summary.html must not load \(reference)")
        }
    }

    @Test func theChartFollowsTheJourneyAndQuotesAreMaskedAndEscaped() throws {
        let html = Self.page()
        let chart = try #require(html.range(of: "<svg")).lowerBound
        let product = try #require(html.range(of: "Produit reçu", range: chart..<html.endIndex)).lowerBound
        let delivery = try #require(html.range(of: "Livraison", range: chart..<html.endIndex)).lowerBound
        #expect(product < delivery, "the chart must follow the journey order, not the ranking")
        #expect(html.contains("[phone]"))
        #expect(!html.contains("06 12 34 56 78"))
        #expect(html.contains("&quot;on vous rappelle&quot;"))
        #expect(!html.contains("\"on vous rappelle\""))
    }

    @Test func hostileQuotesAndFileNamesAreMaskedAndEscaped() {
        let verbatim = Verbatim(
            source: SourceLocation(path: "<img src=x onerror=alert(1)>.eml", ordinal: 0, position: ""), channel: .email,
            text: "<script>alert(1)</script> Nul ! Rappelez le 07700 900123 ou IBAN fr76-3000-6000-0112-3456-7890-189")
        let record = AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: SentimentResult(score: -0.9, label: .negative, clauses: []),
            touchpoint: "delivery")
        var aggregator = HotspotAggregator()
        aggregator.add(record)
        let facts = SummaryPage.RunFacts(
            date: Date(timeIntervalSince1970: 1_795_000_000), verbatims: 1, byChannel: aggregator.channelCounts,
            byLanguage: aggregator.languageCounts, errors: 0, previousRun: "<b>2026-12-06</b>")
        let html = SummaryPage(
            facts: facts, hotspots: aggregator.hotspots(journeyOrder: ["delivery"]), trends: [:],
            journeyOrder: ["delivery"], report: VerbatimsReport(dialect: .excelFR),
            labels: ["delivery": "<i>Livraison</i>"]
        ).html()
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Nul ! Rappelez le [phone] ou IBAN [iban]"))
        for leak in ["<script", "<img", "<i>", "<b>", "07700", "fr76"] { #expect(!html.contains(leak), "\(leak)") }
    }
}
