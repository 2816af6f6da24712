import Aggregation
import Foundation
import Ingest
import Reporting
import Tagging
import VerbatimModel

/// What a run gathers as it consumes its units in path order: the summary counts, the findings, the
/// aggregation step, and the `inputs.csv` and `verbatims.csv` rows written as it goes.
struct RunTally {
    var summary: RunSummary
    var findings: [Finding]
    var aggregation: RunAggregation
    let reports: ReportSet
    /// E-mail messages waiting for their whole thread (`MailThreads`).
    var threads = MailThreads()
    /// Stores the unit results of the run in the incremental cache (nil without a history).
    var cacheWriter: UnitCacheWriter?
    /// Every counted record's keys, joined into people once every unit is consumed (`resolvePeople`).
    var directory = PersonDirectory()
    /// The channels each directory node used on each touchpoint (`channel-switch`).
    var switches = ChannelSwitchIndex()
    /// The counted records' rows and what their late cells need, until people are known (started
    /// at the first counted record, in the reports' staging folder).
    var contacts: ContactLog?

    /// Counts one unit's result and writes its rows.
    mutating func consume(_ ready: AnalyzeRun.UnitResult, of unit: UnitPlace) throws {
        summary.units += 1
        if unit.startsFile { summary.files += 1 }
        summary.bytes += unit.size
        summary.formats[ready.output.format, default: 0] += 1
        try reports.append(input: ready.source, output: ready.output)
        for (reason, count) in ready.output.skipped { summary.skipped[reason, default: 0] += count }
        if !ready.output.company.isEmpty {
            // A mailbox read in shards names its company once, under its file.
            let path = reports.report.displayed(path: unit.relativePath)
            let company = ready.output.company.map(reports.report.protect)
            summary.company[path] = Array(Set((summary.company[path] ?? []) + company)).sorted()
        }
        findings += ready.output.findings
        for (analysed, row) in zip(ready.records, ready.rows) {
            guard let now = try threads.offer(analysed, folder: reports.folder) else { continue }
            try add(now, row: row)
        }
    }

    /// Counts how a unit's result came (reused or analysed) and hands its archive to the cache.
    mutating func note(_ outcome: UnitCache.Outcome) {
        if outcome.reused { summary.reusedUnits += 1 } else { summary.analysedUnits += 1 }
        if let warning = outcome.warning { findings.append(warning) }
        cacheWriter?.note(outcome, findings: &findings)
    }

    /// How far the run is after the units consumed so far.
    func progress(totalFiles: Int, totalBytes: Int, seconds: Double) -> RunProgress {
        RunProgress(
            files: summary.files, totalFiles: totalFiles, bytes: summary.bytes, totalBytes: totalBytes,
            verbatims: aggregation.aggregator.overall.count, seconds: seconds)
    }

    /// Counts and writes the e-mail follow-ups that waited for their thread, placed by it, once
    /// every unit is consumed.
    mutating func releaseThreads(_ context: ConversationContext) throws {
        var threads = threads
        self.threads = MailThreads()
        try threads.release(context) { record in
            try add(record, row: reports.report.earlyRow(record))
        }
    }

    /// Offers one record to the aggregation step and, when it counts, spills its row (the one encoded
    /// by the task) with what its late cells need: they wait for the whole run's people.
    private mutating func add(_ analysed: AnalysedVerbatim, row: VerbatimsReport.EncodedRow?) throws {
        switch aggregation.add(analysed) {
        case .outsideDateWindow:
            summary.outsideDateWindow += 1
        case .duplicateReview:
            summary.skipped[.duplicate, default: 0] += 1
        case .counted(let record):
            try spill(record, row: row)
        }
    }

    /// Notes a counted record's keys in the directory and its touchpoint's channels, and appends its
    /// entry to the spill. A record without text (a score-only response) keeps a row, encoded here,
    /// only when repeat contact may mark it: it is then written whole, as it always was.
    private mutating func spill(_ record: AnalysedVerbatim, row: VerbatimsReport.EncodedRow?) throws {
        let verbatim = record.verbatim
        let node = directory.add(local: verbatim.customer, evidence: verbatim.evidence)
        let log = try contacts ?? ContactLog(folder: reports.folder)
        contacts = log
        let touchpoint = log.id(of: record.touchpoint)
        var themes: [UInt32] = []
        for mention in record.themes {
            let theme = log.id(of: mention.theme)
            if !themes.contains(theme) { themes.append(theme) }
        }
        let hasText = !verbatim.text.isEmpty
        if hasText, let node {
            switches.note(
                node: node, touchpoint: touchpoint, channel: verbatim.channel, day: verbatim.date?.timeIntervalSince1970
            )
        }
        // The task encodes no row for a record without text (`VerbatimsReport.earlyRow`).
        let markable = node != nil && verbatim.date != nil && !themes.isEmpty
        try log.append(
            ContactLog.Entry(
                node: node ?? -1, contact: RepeatContactTracker.contact(of: verbatim),
                day: verbatim.date?.timeIntervalSince1970, channel: verbatim.channel, touchpoint: touchpoint,
                themes: themes, hasText: hasText, signals: record.signals,
                row: hasText || markable ? row ?? reports.report.encodeEarly(record) : nil))
    }

    /// The run's summary once every unit is consumed: totals, counts and the top three hot spots.
    func finalSummary(hotspots: [Hotspot], seconds: Double) -> RunSummary {
        let aggregator = aggregation.aggregator
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
