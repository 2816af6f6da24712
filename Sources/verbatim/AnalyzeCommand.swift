import ArgumentParser
import Foundation
import Ingest
import Pipeline

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

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "Files analysed at once (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Company mail domains, comma-separated: senders there are agents.")
    var companyDomains: String?

    @Option(name: .long, help: "Field mapping for JSON chat exports with unusual field names (field = path lines).")
    var chatMapping: String?

    @Option(name: .long, help: "Survey column mapping (TSV: column<TAB>role) that overrides column detection.")
    var surveyMapping: String?

    @Option(name: .long, help: "Files larger than this are not read (bytes, or with K, M, G: 500M). Default: 2G.")
    var maxFileSize: String?

    @Option(
        name: .long, help: "Survey, chat and mail files with a longer line are not read (bytes, K, M). Default: 1M.")
    var maxLineLength: String?

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
        guard !(quiet && progress) else { throw ValidationError("--quiet and --progress contradict each other.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        for (name, value) in [("--max-file-size", maxFileSize), ("--max-line-length", maxLineLength)] {
            if let value, IngestLimits.byteCount(value) == nil {
                throw ValidationError("\(name) must be a byte count such as 500M or 2G, not '\(value)'.")
            }
        }
        if only != nil, partial == nil { throw ValidationError("--only goes with --partial.") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = report.configuration(corpus: URL(fileURLWithPath: corpus), jobs: jobs)
        configuration.companyDomains =
            companyDomains?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        configuration.chatMapping = chatMapping.map { URL(fileURLWithPath: $0) }
        configuration.surveyMapping = surveyMapping.map { URL(fileURLWithPath: $0) }
        configuration.limits = IngestLimits(
            maxFileSize: maxFileSize.flatMap(IngestLimits.byteCount) ?? IngestLimits.defaultMaxFileSize,
            maxLineLength: maxLineLength.flatMap(IngestLimits.byteCount) ?? IngestLimits.defaultMaxLineLength)
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
        try await report.report(clear: drawer.clear) {
            try await AnalyzeRun.run(
                configuration,
                notice: {
                    drawer.clear()
                    printError($0)
                })
        }
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
