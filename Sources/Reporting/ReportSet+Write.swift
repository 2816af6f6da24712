public import Aggregation
public import VerbatimModel

extension ReportSet {
    /// What the reports written at the end of a run show, besides the rows already appended.
    public struct Contents: Sendable {
        /// Touchpoint rows, ranked (`HotspotAggregator.hotspots`).
        public var hotspots: [Hotspot]
        /// Touchpoint × theme rows, ranked.
        public var themeRows: [Hotspot]
        /// Trends by snapshot key (`AggregateSnapshot.key`); empty without history.
        public var trends: [String: Trend]
        /// Every finding of the run, in order, for `errors.csv`.
        public var findings: [Finding]
        /// The header of `summary.html`.
        public var facts: SummaryPage.RunFacts
        /// Touchpoints in journey order, and their display labels.
        public var journeyOrder: [String]
        public var labels: [String: String]
        /// Whom each input file's reader took for the company side (`RunSummary.company`).
        public var company: [String: [CompanyAttribution]]

        public init(
            hotspots: [Hotspot], themeRows: [Hotspot], trends: [String: Trend], findings: [Finding],
            facts: SummaryPage.RunFacts, journeyOrder: [String], labels: [String: String] = [:],
            company: [String: [CompanyAttribution]] = [:]
        ) {
            self.hotspots = hotspots
            self.themeRows = themeRows
            self.trends = trends
            self.findings = findings
            self.facts = facts
            self.journeyOrder = journeyOrder
            self.labels = labels
            self.company = company
        }
    }

    /// Closes `inputs.csv` and `verbatims.csv` and writes the hot spot and theme tables,
    /// `errors.csv` and `summary.html`; the first failure (a full disk) stops it.
    public func write(_ contents: Contents) throws {
        try inputsFile.commit()
        try verbatimsFile.commit()
        try writeTable(FileName.hotspots, columns: table.touchpointColumns, rows: contents.hotspots, contents.trends)
        try writeTable(FileName.themes, columns: table.themeColumns, rows: contents.themeRows, contents.trends)
        let errors = try csv(FileName.errors, columns: ErrorsReport.columns)
        for finding in contents.findings { try errors.append(ErrorsReport.cells(for: report.protect(finding))) }
        try errors.commit()
        let page = SummaryPage(
            facts: contents.facts, hotspots: contents.hotspots, trends: contents.trends,
            journeyOrder: contents.journeyOrder, report: report, labels: contents.labels, company: contents.company)
        try write(page.html(), to: FileName.summary)
    }

    private func writeTable(
        _ name: String, columns: [ReportColumn<HotspotTable.Line>], rows: [Hotspot], _ trends: [String: Trend]
    ) throws {
        let file = try csv(name, columns: columns.map(\.name))
        for row in rows {
            let line = table.line(for: row, trend: trends[AggregateSnapshot(row).key])
            try file.append(columns.map { $0.cell(line) })
        }
        try file.commit()
    }
}
