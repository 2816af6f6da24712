public import Aggregation
public import Foundation
public import VerbatimModel

/// `summary.html`: the page a CX lead opens instead of the CSV. Self-contained (inline CSS and SVG, no
/// script, no network, no external file), readable on a projector and printable.
public struct SummaryPage: Sendable {
    /// Facts about the run shown in the header.
    public struct RunFacts: Sendable {
        public var date: Date
        public var verbatims: Int
        public var byChannel: [Channel: Int]
        public var byLanguage: [Language: Int]
        public var errors: Int
        public var previousRun: String?
        /// The name the damaged history was set aside under tonight, if it was: the page must say why
        /// its trend columns are empty.
        public var historySetAside: String?
        /// People across channels (issue 18), and those seen in two channels or more; 0 when unknown.
        public var people = 0
        public var multiChannelPeople = 0

        public init(
            date: Date, verbatims: Int, byChannel: [Channel: Int], byLanguage: [Language: Int], errors: Int,
            previousRun: String?, historySetAside: String? = nil
        ) {
            self.date = date
            self.verbatims = verbatims
            self.byChannel = byChannel
            self.byLanguage = byLanguage
            self.errors = errors
            self.previousRun = previousRun
            self.historySetAside = historySetAside
        }
    }

    public var facts: RunFacts
    /// Touchpoint rows, ranked.
    public var hotspots: [Hotspot]
    /// Trends by snapshot key.
    public var trends: [String: Trend]
    /// Touchpoints in journey order, for the chart.
    public var journeyOrder: [String]
    /// Masks quotes.
    public var report: VerbatimsReport
    /// Display labels of the touchpoints (the journey file's French labels); ids are shown otherwise.
    public var labels: [String: String]
    /// Whom each input file's reader took for the company side, and why (`RunSummary.company`).
    public var company: [String: [CompanyAttribution]]

    public init(
        facts: RunFacts, hotspots: [Hotspot], trends: [String: Trend], journeyOrder: [String], report: VerbatimsReport,
        labels: [String: String] = [:], company: [String: [CompanyAttribution]] = [:]
    ) {
        self.facts = facts
        self.hotspots = hotspots
        self.trends = trends
        self.journeyOrder = journeyOrder
        self.report = report
        self.labels = labels
        self.company = company
    }

    /// Below this many verbatims a bar is drawn pale: its share says little (a Wilson interval on
    /// n < 10 spans tens of points).
    static let smallCount = 10

    /// How many hot spots get a card with quotes.
    static let quotedHotspots = 3

    /// The whole page.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Verbatim · points chauds du parcours client</title>
            <style>\(Self.style)</style></head><body>
            <header><h1>Points chauds du parcours client</h1>
            <p class="facts">\(factsLine())</p></header>

            """
        page += "<section><h2>Le parcours, étape par étape</h2>\n" + journeyChart() + "</section>\n"
        page += "<section><h2>Les trois points qui font le plus mal</h2><div class=\"cards\">\n"
        for row in hotspots.prefix(Self.quotedHotspots) { page += card(row) }
        page += "</div></section>\n"
        page += "<section><h2>Toutes les étapes</h2>\n" + table() + "</section>\n"
        page += companySection()
        page += """
            <footer>Impact = part des verbatims × borne basse de Wilson (95 %) de la part négative.
            NPS = % promoteurs (9–10) − % détracteurs (0–6). ▲/▼ : évolution depuis la dernière exécution,
            <strong>en gras</strong> quand elle est significative (test z, Benjamini–Hochberg à 5 %).
            Données personnelles masquées.</footer>
            </body></html>

            """
        return page
    }

    private func factsLine() -> String {
        let channels = facts.byChannel.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        let languages = facts.byLanguage.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        var parts = [
            "Exécution du \(ISODate.day(facts.date))", "\(facts.verbatims) verbatims",
            channels.joined(separator: ", "), languages.joined(separator: ", "),
        ]
        if facts.people > 0 {
            let share = percent(Double(facts.multiChannelPeople) / Double(facts.people))
            parts.append("\(facts.people) personnes, dont \(facts.multiChannelPeople) sur plusieurs canaux (\(share))")
        }
        if let previous = facts.previousRun { parts.append("comparé à \(previous.prefix(10))") }
        if facts.errors > 0 { parts.append("\(facts.errors) entrées rejetées (errors.csv)") }
        if let aside = facts.historySetAside {
            parts.append("historique endommagé, mis de côté sous \(aside) : les tendances repartent de ce soir")
        }
        return HTMLEscaping.escape(parts.joined(separator: " · "))
    }

    /// An SVG bar per touchpoint in journey order: the bar is the negative share, its colour the
    /// severity, with n and the trend arrow beside it.
    private func journeyChart() -> String {
        let byTouchpoint = Dictionary(hotspots.map { ($0.touchpoint, $0) }, uniquingKeysWith: { first, _ in first })
        var ordered = journeyOrder.compactMap { byTouchpoint[$0] }
        ordered += hotspots.filter { !journeyOrder.contains($0.touchpoint) }
        let rowHeight = 34
        let labelWidth = 210
        let barWidth = 420
        let height = ordered.count * rowHeight + 30
        var svg = """
            <svg class="journey" viewBox="0 0 900 \(height)" role="img" aria-label="Part négative par étape du parcours">
            <line x1="\(labelWidth)" y1="4" x2="\(labelWidth)" y2="\(height - 22)" stroke="#999"/>

            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + barWidth * tick / 100
            svg += "<text x=\"\(x)\" y=\"\(height - 6)\" class=\"tick\">\(tick) %</text>\n"
        }
        for (index, row) in ordered.enumerated() {
            let y = index * rowHeight + 6
            let share = row.statistics.negativeShare ?? 0
            let width = max(2, Int((share * Double(barWidth)).rounded()))
            let colour = share >= 0.5 ? "#c0392b" : share >= 0.25 ? "#e67e22" : "#27ae60"
            let trend = trends[AggregateSnapshot(row).key]
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 20)\" class=\"label\">\(HTMLEscaping.escape(label(row.touchpoint)))</text>\n"
            let small = row.statistics.count < Self.smallCount
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"22\" rx=\"3\" fill=\"\(colour)\""
            svg += small ? " fill-opacity=\"0.3\"/>\n" : "/>\n"
            svg += "<text x=\"\(labelWidth + width + 8)\" y=\"\(y + 20)\" class=\"value\">"
            svg += "\(percent(share)) négatif · n = \(row.statistics.count)\(small ? " (n faible)" : "")"
            svg += "\(trendText(trend, inSVG: true))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    private func card(_ row: Hotspot) -> String {
        let statistics = row.statistics
        var html = "<article class=\"card\"><h3>#\(row.rank) \(HTMLEscaping.escape(label(row.touchpoint)))</h3>\n"
        html +=
            "<p class=\"numbers\">\(percent(statistics.negativeShare ?? 0)) négatif sur \(statistics.count) verbatims"
        if let nps = statistics.nps.score {
            html += " · NPS \(Int(nps.rounded())) (n = \(statistics.nps.count))"
        }
        html += "\(trendText(trends[AggregateSnapshot(row).key]))</p>\n"
        if let share = statistics.multiChannelShare {
            html += "<p class=\"people\">\(percent(share)) des \(statistics.people) clients "
            html += "sont passés par plusieurs canaux</p>\n"
        }
        let themes = statistics.topThemes(3).map { "\($0.theme) (\($0.negative))" }
        if !themes.isEmpty {
            html += "<p class=\"themes\">Irritants : \(HTMLEscaping.escape(themes.joined(separator: ", ")))</p>\n"
        }
        // A card is about pain: quote the most negative verbatims when there are any.
        let quotes = statistics.negativeExamples.items.isEmpty ? statistics.examples : statistics.negativeExamples.items
        for example in quotes {
            html += "<blockquote>« \(HTMLEscaping.escape(report.protect(example.verbatim.text))) »"
            html += "<cite>\(HTMLEscaping.escape(example.verbatim.channel.rawValue)) · "
            html += "\(HTMLEscaping.escape(report.displayed(example.verbatim.source)))</cite></blockquote>\n"
        }
        return html + "</article>\n"
    }

    private func table() -> String {
        var html = "<table><thead><tr><th>#</th><th>Étape</th><th>n</th><th>% négatif</th><th>Impact</th>"
        html += "<th>NPS</th><th>Multicanal</th><th>Évolution</th><th>Irritants</th></tr></thead><tbody>\n"
        for row in hotspots {
            let statistics = row.statistics
            let nps = statistics.nps.score.map { "\(Int($0.rounded()))" } ?? "–"
            let themes = statistics.topThemes(2).map(\.theme).joined(separator: ", ")
            html += "<tr><td>\(row.rank)</td><td>\(HTMLEscaping.escape(label(row.touchpoint)))</td>"
            html += "<td>\(statistics.count)</td><td>\(percent(statistics.negativeShare ?? 0))</td>"
            html += "<td>\(String(format: "%.1f", row.impact))</td><td>\(nps)</td><td>\(multiChannel(statistics))</td>"
            html +=
                "<td>\(trendText(trends[AggregateSnapshot(row).key]))</td><td>\(HTMLEscaping.escape(themes))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// At most this many files are listed on the page; manifest.json lists them all.
    static let listedCompanyFiles = 100

    /// "Who was taken for the company": per file, each company-side speaker, the reason and the
    /// `verbatim-config.tsv` line that overturns it; empty when no reader took anyone.
    private func companySection() -> String {
        guard !company.isEmpty else { return "" }
        var html = "<section id=\"company\"><h2>Qui a été pris pour l'entreprise (who was taken for the company)</h2>\n"
        html += "<p>Ces interlocuteurs ne comptent pas comme clients. Pour corriger une décision, ajoutez la ligne "
        html += "indiquée à <code>verbatim-config.tsv</code> à la racine du corpus.</p>\n"
        html += "<table class=\"company\"><thead><tr><th>Fichier</th><th>Rôle</th><th>Interlocuteur</th>"
        html += "<th>Raison</th><th>Correction</th></tr></thead><tbody>\n"
        let files = company.keys.sorted()
        for file in files.prefix(Self.listedCompanyFiles) {
            for attribution in (company[file] ?? []).sorted() {
                html +=
                    "<tr><td>\(HTMLEscaping.escape(file))</td><td>\(HTMLEscaping.escape(attribution.role.rawValue))</td>"
                html +=
                    "<td>\(HTMLEscaping.escape(attribution.speaker))</td><td>\(HTMLEscaping.escape(attribution.reason))</td>"
                html += "<td><code>\(HTMLEscaping.escape(attribution.override))</code></td></tr>\n"
            }
        }
        html += "</tbody></table>\n"
        if files.count > Self.listedCompanyFiles {
            html += "<p>… et \(files.count - Self.listedCompanyFiles) autres fichiers (voir manifest.json).</p>\n"
        }
        return html + "</section>\n"
    }

    /// `40 % de 5`: the share of the row's people who used two channels or more, and how many people.
    private func multiChannel(_ statistics: GroupStatistics) -> String {
        guard let share = statistics.multiChannelShare else { return "–" }
        return "\(percent(share)) de \(statistics.people)"
    }

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// ` ▲ +12 pts`, bold when significant (an SVG `tspan` inside the chart, `strong` elsewhere).
    private func trendText(_ trend: Trend?, inSVG: Bool = false) -> String {
        guard let change = trend?.negativeShareChange else { return "" }
        let arrow = change > 0.5 ? "▲" : change < -0.5 ? "▼" : "="
        let text = " \(arrow) \(change >= 0 ? "+" : "")\(String(format: "%.0f", change)) pts"
        guard trend?.significant == true else { return text }
        return inSVG ? "<tspan font-weight=\"bold\">\(text)</tspan>" : "<strong>\(text)</strong>"
    }

    /// The journey label, else `customer_service` → `Customer service`.
    func label(_ touchpoint: String) -> String {
        if let label = labels[touchpoint], !label.isEmpty { return label }
        if touchpoint == "other" { return "Autre (non rattaché)" }
        let spaced = touchpoint.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;\
        color:#222;padding:0 1rem}h1{margin:0 0 .3rem}h2{border-bottom:2px solid #eee;padding-bottom:.3rem;\
        margin-top:2rem}.facts{color:#666}.journey{width:100%;height:auto}.journey .label{text-anchor:end;\
        font-size:14px}.journey .value{font-size:13px;fill:#333}.journey .tick{font-size:11px;fill:#999;\
        text-anchor:middle}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1rem}\
        .card{border:1px solid #ddd;border-left:6px solid #c0392b;border-radius:6px;padding:.8rem 1rem;\
        background:#fffafa}.card h3{margin:.2rem 0}.numbers{font-weight:600}.themes{color:#555}\
        blockquote{margin:.6rem 0;padding:.4rem .8rem;background:#fff;border-left:3px solid #ccc;font-style:italic}\
        cite{display:block;font-size:.8rem;color:#888;font-style:normal;margin-top:.2rem;overflow-wrap:anywhere}\
        table{border-collapse:collapse;width:100%}th,td{padding:.35rem .5rem;border-bottom:1px solid #eee;\
        text-align:left}.company code{white-space:pre;tab-size:4}footer{margin-top:2rem;font-size:.85rem;color:#777}
        """
}
