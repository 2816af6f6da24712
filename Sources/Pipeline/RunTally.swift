import Aggregation
import Ingest
import Reporting
import VerbatimModel

/// What a run gathers as it consumes its units in path order: the summary counts, the findings, the
/// aggregates, and the `inputs.csv` and `verbatims.csv` rows written as it goes.
struct RunTally {
    var summary: RunSummary
    var findings: [Finding]
    var aggregator = HotspotAggregator()
    var repeats = RepeatContactTracker()
    /// The same review seen on two pages (site, author, date and body hash, set by the reader) counts once.
    var reviewsSeen: Set<String> = []
    let window: DateWindow
    let report: VerbatimsReport
    let verbatimsFile: CSVReportWriter
    let inputsFile: CSVReportWriter

    /// Counts one unit's result (`size` bytes of input) and writes its rows.
    mutating func consume(_ ready: AnalyzeRun.UnitResult, of unit: IngestUnit, size: Int) throws {
        summary.units += 1
        if (unit.byteRange?.lowerBound ?? 0) == 0 { summary.files += 1 }
        summary.bytes += size
        summary.formats[ready.output.format, default: 0] += 1
        try inputsFile.append(InputsReport.cells(source: ready.source, output: ready.output))
        for (reason, count) in ready.output.skipped { summary.skipped[reason, default: 0] += count }
        if !ready.output.company.isEmpty {
            // A mailbox read in shards names its company once, under its file.
            let known = summary.company[unit.relativePath] ?? []
            summary.company[unit.relativePath] = Array(Set(known + ready.output.company)).sorted()
        }
        findings += ready.output.findings
        for (analysed, row) in zip(ready.records, ready.rows) {
            try add(analysed, row: row)
        }
    }

    /// Aggregates one record inside the date window and not seen before, and writes its row: the one
    /// encoded by the task, unless marking repeated contacts changed its signals.
    private mutating func add(_ analysed: AnalysedVerbatim, row: String?) throws {
        guard window.contains(analysed.verbatim.date) else {
            summary.outsideDateWindow += 1
            return
        }
        if analysed.verbatim.channel == .review, let key = analysed.verbatim.conversation,
            !reviewsSeen.insert(key).inserted
        {
            summary.skipped[.duplicate, default: 0] += 1
            return
        }
        let record = repeats.mark(analysed)
        aggregator.add(record)
        if record.signals != analysed.signals {
            try verbatimsFile.append(report.cells(for: record))
        } else if let row {
            try verbatimsFile.appendEncoded(row)
        }
    }

    /// The run's summary once every unit is consumed: totals, counts and the top three hot spots.
    func finalSummary(hotspots: [Hotspot], seconds: Double) -> RunSummary {
        var summary = summary
        summary.verbatims = aggregator.overall.count
        summary.scoreOnlyResponses = aggregator.scoreOnlyResponses
        summary.errors = findings.filter { $0.severity == .error }.count
        summary.warnings = findings.count - summary.errors
        summary.byChannel = aggregator.channelCounts
        summary.byLanguage = aggregator.languageCounts
        summary.topHotspots = hotspots.prefix(3).map {
            ($0.touchpoint, $0.statistics.negativeShare ?? 0, $0.statistics.count)
        }
        summary.seconds = seconds
        return summary
    }
}
