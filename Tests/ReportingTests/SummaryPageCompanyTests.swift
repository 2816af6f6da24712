import Foundation
import Testing
import VerbatimModel

@testable import Reporting

/// The "who was taken for the company" section of summary.html.
@Suite struct SummaryPageCompanyTests {
    static func page(_ company: [String: [CompanyAttribution]]) -> String {
        let facts = SummaryPage.RunFacts(
            date: Date(timeIntervalSince1970: 1_795_000_000), verbatims: 0, byChannel: [:], byLanguage: [:], errors: 0,
            previousRun: nil)
        return SummaryPage(
            facts: facts, hotspots: [], trends: [:], journeyOrder: [], report: VerbatimsReport(dialect: .excelFR),
            company: company
        ).html()
    }

    @Test("Each file's company-side speakers are listed with the reason and the config line, HTML-escaped")
    func listed() {
        let html = Self.page([
            "chats/<b>live</b>.txt": [
                CompanyAttribution(
                    role: .agent, speaker: "Julie <SAV> & Co", reason: "role label (SAV)",
                    override: "customer_name\tJulie <SAV> & Co")
            ]
        ])
        #expect(html.contains("<section id=\"company\">"))
        #expect(
            html.contains(
                "<tr><td>chats/&lt;b&gt;live&lt;/b&gt;.txt</td><td>agent</td><td>Julie &lt;SAV&gt; &amp; Co</td>"
                    + "<td>role label (SAV)</td><td><code>customer_name\tJulie &lt;SAV&gt; &amp; Co</code></td></tr>"))
        #expect(!html.contains("<b>live"))
    }

    @Test("No section when no reader took anyone for the company")
    func absent() {
        #expect(!Self.page([:]).contains("id=\"company\""))
    }

    @Test("A corpus of many chats lists the first files and points to manifest.json for the rest")
    func capped() {
        var company: [String: [CompanyAttribution]] = [:]
        for index in 0..<(SummaryPage.listedCompanyFiles + 5) {
            company[String(format: "chats/%04d.txt", index)] = [
                CompanyAttribution(role: .bot, speaker: "Bot", reason: "bot label (Bot)")
            ]
        }
        let html = Self.page(company)
        #expect(html.contains("chats/0099.txt"))
        #expect(!html.contains("chats/0100.txt"))
        #expect(html.contains("… et 5 autres fichiers (voir manifest.json)."))
    }
}
