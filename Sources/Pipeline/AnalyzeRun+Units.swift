import Foundation
import Ingest
import VerbatimModel

extension AnalyzeRun {
    /// Walks the corpus, recognises each file's format and splits the large ones into units
    /// (`UnitSharding`); the findings of the walk come before those of the split.
    static func listUnits(_ configuration: AnalyzeConfiguration) async -> ([IngestUnit], [Finding]) {
        Ingestor.prepareParsers()
        // The report folder exists by now, so that the walk can leave it out when it is inside the corpus.
        let listing = Ingestor.files(
            in: configuration.corpus, limits: configuration.limits,
            excluding: [configuration.output, configuration.historyURL])
        let recognised = await recognise(listing, jobs: configuration.jobs)
        var findings = recognised.findings
        let units = UnitSharding.shard(recognised.units, targetBytes: configuration.shardBytes, findings: &findings)
        return (units, findings)
    }

    /// The mailbox's own domain, inferred from a bounded header scan of the e-mail units
    /// (`MailHeaderScan`, `jobs` at a time) before any is read; nothing when a company domain is
    /// configured, which wins. Summaries are gathered in unit order, so the result is the same
    /// whatever `jobs`.
    static func inferMailbox(_ units: [IngestUnit], options: IngestOptions, jobs: Int) async -> MailboxInference {
        guard options.companyDomains.isEmpty else { return MailboxInference() }
        let mail = units.filter { $0.format == .eml || $0.format == .mbox }
        let summaries = await ChunkedMap.map(mail, chunk: 128, jobs: jobs, MailHeaderScan.summaries(of:))
        return MailboxInference.infer(
            from: Array(summaries.joined()), webmail: options.speakers["mail-webmail-domains"],
            customerDomains: options.customerDomains)
    }

    /// Recognises the format of every listed file, `jobs` chunks at a time (reading the first 8 KB
    /// of each file and sniffing it is a quarter of a run over many small files), and returns the
    /// units and findings in the listing's order, as the serial `Ingestor.units(in:)` would.
    static func recognise(
        _ listing: (files: [CorpusFile], findings: [Finding]), jobs: Int
    ) async -> (units: [IngestUnit], findings: [Finding]) {
        let recognised = await ChunkedMap.map(listing.files, chunk: 256, jobs: jobs, Ingestor.recognise)
        var units: [IngestUnit] = []
        var findings = listing.findings
        for recognition in recognised {
            switch recognition {
            case .unit(let unit): units.append(unit)
            case .rejected(let finding): findings.append(finding)
            }
        }
        return (units, findings)
    }
}
