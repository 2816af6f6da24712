import ArgumentParser
import Foundation
import Ingest
import Lexicons
import Pipeline
import Reporting

/// `verbatim analyze CORPUS_DIR --out DIR`: the nightly job.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a corpus folder into verbatims.csv, hotspots.csv, themes.csv and errors.csv.",
        discussion: """
            Exit status: 0 when every input was read; 3 when the reports were written but some inputs \
            were rejected (see errors.csv); 4 when no report could be written (the previous reports stay \
            current); 5 when another run holds the output folder (see --wait).
            """
    )

    @Argument(help: "The corpus folder, read recursively.")
    var corpus: String

    @Option(name: .long, help: "Folder for the reports (created when missing).")
    var out: String = "reports"

    @Option(name: .long, help: "Journey file (TSV); default: the e-commerce journey of the lexicons.")
    var journey: String?

    @Option(
        name: .long,
        help: "Lexicon folder. Default: ./lexicons, $VERBATIM_LEXICONS, else the one beside the executable.")
    var lexicons: String?

    @OptionGroup var extraLexicons: ExtraLexiconOptions

    @Option(name: .long, help: "Files analysed at once (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "CSV dialect: excel-fr (';', decimal comma, BOM, CRLF) or rfc4180 (',', LF).")
    var csv: String = CSVDialect.excelFR.name

    @Option(name: .long, help: "Company mail domains, comma-separated: senders there are agents.")
    var companyDomains: String?

    @Flag(name: .long, help: "Keep e-mail addresses, phone numbers, IBANs and card numbers in the text.")
    var keepPersonalData = false

    @Option(name: .long, help: "Field mapping for JSON chat exports with unusual field names (field = path lines).")
    var chatMapping: String?

    @Option(name: .long, help: "Survey column mapping (TSV: column<TAB>role) that overrides column detection.")
    var surveyMapping: String?

    @Option(name: .long, help: "History store (SQLite); default: OUT/history.sqlite.")
    var history: String?

    @Option(name: .long, help: "The date this run stands for (YYYY-MM-DD or ISO 8601); default: now.")
    var asOf: String?

    @Option(name: .long, help: "Files larger than this are not read (bytes, or with K, M, G: 500M). Default: 2G.")
    var maxFileSize: String?

    @Option(
        name: .long, help: "Survey, chat and mail files with a longer line are not read (bytes, K, M). Default: 1M.")
    var maxLineLength: String?

    @Option(name: .long, help: "Only verbatims dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "Only verbatims dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Flag(name: .long, help: "When another run holds the output folder, wait for it instead of exiting with status 5.")
    var wait = false

    @Option(
        name: .long,
        help:
            "Write this partition's unit results to FILE instead of reports, for `verbatim merge` (see examples/spark)."
    )
    var partial: String?

    @Option(
        name: .long,
        help: "With --partial: a file of corpus-relative paths, one a line; only those files are analysed.")
    var only: String?

    @Flag(
        name: .long,
        help: "Analyse every input again instead of reusing the results the history keeps for unchanged ones.")
    var rebuild = false

    @Flag(name: .long, help: "Never draw the progress line (default: drawn when standard error is a terminal).")
    var quiet = false

    @Flag(name: .long, help: "Draw the progress line even when standard error is not a terminal.")
    var progress = false

    func validate() throws {
        for (name, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            if let value, CalendarDay.parse(value) == nil {
                throw ValidationError("\(name) must be a date such as 2026-11-23, not '\(value)'.")
            }
        }
        guard !(quiet && progress) else { throw ValidationError("--quiet and --progress contradict each other.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        for (name, value) in [("--max-file-size", maxFileSize), ("--max-line-length", maxLineLength)] {
            if let value, IngestLimits.byteCount(value) == nil {
                throw ValidationError("\(name) must be a byte count such as 500M or 2G, not '\(value)'.")
            }
        }
        if only != nil, partial == nil { throw ValidationError("--only goes with --partial.") }
        guard CSVDialect.named(csv) != nil else {
            throw ValidationError("--csv must be one of: \(CSVDialect.all.map(\.name).joined(separator: ", ")).")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = AnalyzeConfiguration(
            corpus: URL(fileURLWithPath: corpus),
            output: URL(fileURLWithPath: out),
            lexicons: LexiconFolder.resolve(explicit: lexicons),
            journey: journey.map { URL(fileURLWithPath: $0) },
            jobs: jobs,
            dialect: CSVDialect.named(csv) ?? .excelFR,
            keepPersonalData: keepPersonalData,
            companyDomains: companyDomains?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [],
            history: history.map { URL(fileURLWithPath: $0) },
            asOf: asOf.flatMap(CalendarDay.parse),
            since: since.flatMap(CalendarDay.parse),
            until: until.flatMap(CalendarDay.parse),
            chatMapping: chatMapping.map { URL(fileURLWithPath: $0) },
            surveyMapping: surveyMapping.map { URL(fileURLWithPath: $0) }
        )
        configuration.extraLexicons = extraLexicons.references
        configuration.limits = IngestLimits(
            maxFileSize: maxFileSize.flatMap(IngestLimits.byteCount) ?? IngestLimits.defaultMaxFileSize,
            maxLineLength: maxLineLength.flatMap(IngestLimits.byteCount) ?? IngestLimits.defaultMaxLineLength)
        configuration.waitForLock = wait
        configuration.rebuild = rebuild
        let drawer = ProgressDrawer()
        if RunProgress.shouldDraw(stderrIsTerminal: isatty(STDERR_FILENO) == 1, quiet: quiet, forced: progress) {
            configuration.progress = { drawer.draw($0) }
        }
        if let secret = environment[AnalyzeConfiguration.secretEnvironmentVariable], !secret.isEmpty {
            configuration.customerKeySecret = secret
        }
        if let partial {
            try await writePartial(configuration, to: partial)
            return
        }
        let summary: RunSummary
        do {
            summary = try await AnalyzeRun.run(
                configuration,
                notice: {
                    drawer.clear()
                    printError($0)
                })
            drawer.clear()
        } catch let failure as AnalyzeRun.Failure {
            drawer.clear()
            printError("verbatim: \(failure)")
            throw ExitCode(failure.exitStatus)
        } catch {
            drawer.clear()
            printError("verbatim: \(error)")
            throw ExitCode(RunSummary.fatalExitStatus)
        }
        printError(SummaryText.render(summary, output: out))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// `--partial`: one partition's results, no report; a failure exits with status 4.
    private func writePartial(_ configuration: AnalyzeConfiguration, to file: String) async throws {
        do {
            let paths = try only.map { try PartitionList.read(URL(fileURLWithPath: $0)) }
            let written = try await AnalyzeRun.writePartial(
                configuration, to: URL(fileURLWithPath: file), only: paths)
            printError("verbatim: \(file): \(written.held) of \(written.units) units, \(written.bytes) bytes")
        } catch {
            printError("verbatim: \(error)")
            throw ExitCode(RunSummary.fatalExitStatus)
        }
    }
}
