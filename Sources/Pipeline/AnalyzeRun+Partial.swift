public import Foundation
import History
import Ingest
import VerbatimModel

/// Past one machine: a partition run writes its units' results to a partial instead of reports
/// (`writePartial`), and `merge` feeds the partials' results, in the whole run's order, to the same
/// ordered consumer as `run`, so that the reports are the bytes one run over the union writes.
extension AnalyzeRun {
    /// Where a run's unit results come from.
    enum Feed {
        /// Read and analysed from the corpus folder.
        case corpus
        /// Read back from partials, opened and checked (`PartialMerge`).
        case partials(PartialMerge)

        /// Whether the run reads the corpus folder (a merge does not need it).
        var readsCorpus: Bool {
            if case .corpus = self { return true }
            return false
        }
    }

    /// What one partition run wrote.
    public struct PartialSummary: Sendable {
        /// Units whose results the partial holds, of the whole run's.
        public var held: Int
        public var units: Int
        /// Input bytes of the held units.
        public var bytes: Int
    }

    /// Analyses the units of `configuration.corpus` whose file is in `only` (every unit when `nil`)
    /// and writes their results to the partial `file`, with the whole run's listing. Every partition
    /// walks the whole corpus: the listing's findings, the unit order and the mailbox inferred from
    /// every e-mail header (which shapes how each message is read) must be the whole run's.
    public static func writePartial(
        _ configuration: AnalyzeConfiguration, to file: URL, only: Set<String>?
    ) async throws -> PartialSummary {
        MallocTuning.apply()
        do {
            return try await partial(configuration, to: file, only: only)
        } catch let error as PartialError {
            throw Failure.configuration(error.description)
        }
    }

    private static func partial(
        _ configuration: AnalyzeConfiguration, to file: URL, only: Set<String>?
    ) async throws -> PartialSummary {
        var setUp = try prepare(configuration)
        let corpus = configuration.corpus.standardizedFileURL.path + "/"
        guard !file.standardizedFileURL.path.hasPrefix(corpus) else {
            throw Failure.configuration("\(file.path): write the partial outside the corpus folder")
        }
        let (units, listingFindings) = await listUnits(configuration)
        setUp.options.mailbox = await inferMailbox(units, options: setUp.options, jobs: configuration.jobs)
        let places = units.map(UnitPlace.init)
        let held = units.indices.filter { only?.contains(units[$0].relativePath) ?? true }
        let header = PartialHeader(
            shaping: PartialShaping.units(configuration, options: setUp.options),
            reportShaping: PartialShaping.reports(configuration), corpus: configuration.corpus.path,
            units: places.map(PartialHeader.Unit.init), setupFindings: setUp.findings.map(PartialHeader.Note.init),
            listingFindings: listingFindings.map(PartialHeader.Note.init), analysed: held)
        var writer = try PartialWriter(url: file, header: header)
        do {
            try await analyseUnits(
                held.map { units[$0] }, sizes: held.map { places[$0].size }, setUp: setUp,
                report: verbatimsReport(configuration, setUp: setUp), cache: nil, configuration: configuration
            ) { _, result, _ in
                try writer.append(UnitArchive.encode(result))
            }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
        return PartialSummary(held: held.count, units: units.count, bytes: held.reduce(0) { $0 + places[$1].size })
    }

    /// Writes the reports of the run whose partials are `partials`, as `run` writes them for the
    /// union of their inputs (same bytes, but for the manifest's run-time fields). `configuration`
    /// gives the report options; its corpus is taken from the partials. Partials of another
    /// configuration, a missing or repeated partition, or a damaged file stop the merge (exit 4)
    /// before the output folder is touched.
    public static func merge(
        _ configuration: AnalyzeConfiguration, partials: [URL], notice: @Sendable (String) -> Void = { _ in }
    ) async throws -> RunSummary {
        let opened: PartialMerge
        do {
            opened = try PartialMerge(files: partials, reportShaping: PartialShaping.reports(configuration))
        } catch let error as PartialError {
            throw Failure.configuration(error.description)
        }
        var configuration = configuration
        configuration.corpus = URL(fileURLWithPath: opened.header.corpus)
        return try await run(configuration, feed: .partials(opened), notice: notice, failingReport: nil)
    }

    /// Fills `start` (summary and history findings, reports started) with every unit's result from
    /// `feed`, in the run's order, and releases the e-mail replies that waited for their thread. A
    /// run over the corpus reuses the results `cache` (the history and the output folder's key)
    /// keeps for unchanged units and stores the new ones.
    static func consume(
        _ feed: Feed, configuration: AnalyzeConfiguration, setUp: inout Setup,
        cache: (history: HistoryStore?, output: String), start: RunTally
    ) async throws -> RunTally {
        var tally = start
        switch feed {
        case .corpus:
            let (units, listingFindings) = await listUnits(configuration)
            setUp.options.mailbox = await inferMailbox(units, options: setUp.options, jobs: configuration.jobs)
            tally.findings = setUp.findings + tally.findings + listingFindings
            // After the mailbox is inferred: it shapes how each message is read, so it keys the cache.
            tally.cacheWriter = unitCache(
                configuration, history: cache.history, output: cache.output, options: setUp.options)
            try await ingest(units, into: &tally, setUp: setUp, configuration: configuration)
        case .partials(var merge):
            let header = merge.header
            tally.findings =
                header.setupFindings.map(\.finding) + tally.findings + header.listingFindings.map(\.finding)
            try merge.feed { place, result in try tally.consume(result, of: place) }
            try tally.releaseThreads(setUp.analyzer.conversations)
        }
        try tally.resolvePeople()
        return tally
    }
}
