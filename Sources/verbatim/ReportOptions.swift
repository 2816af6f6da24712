import ArgumentParser
import Foundation
import Lexicons
import Pipeline
import Reporting

/// The options `analyze` and `merge` share: where the reports go, what shapes them (lexicons,
/// journey, third-party lexicons, CSV dialect, masking), the history, the dates they cover, and
/// waiting for the output folder. One group, so that a merge is asked for exactly as the run it
/// stands for.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "Folder for the reports (created when missing).")
    var out: String = "reports"

    @Option(name: .long, help: "Journey file (TSV); default: the e-commerce journey of the lexicons.")
    var journey: String?

    @Option(
        name: .long,
        help: "Lexicon folder. Default: ./lexicons, $VERBATIM_LEXICONS, else the one beside the executable.")
    var lexicons: String?

    @OptionGroup var extraLexicons: ExtraLexiconOptions

    @Option(name: .long, help: "CSV dialect: excel-fr (';', decimal comma, BOM, CRLF) or rfc4180 (',', LF).")
    var csv: String = CSVDialect.excelFR.name

    @Flag(name: .long, help: "Keep e-mail addresses, phone numbers, IBANs and card numbers in the text.")
    var keepPersonalData = false

    @Option(name: .long, help: "History store (SQLite); default: OUT/history.sqlite.")
    var history: String?

    @Option(name: .long, help: "The date this run stands for (YYYY-MM-DD or ISO 8601); default: now.")
    var asOf: String?

    @Option(name: .long, help: "Only verbatims dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "Only verbatims dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Flag(name: .long, help: "When another run holds the output folder, wait for it instead of exiting with status 5.")
    var wait = false

    func validate() throws {
        for (name, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            if let value, CalendarDay.parse(value) == nil {
                throw ValidationError("\(name) must be a date such as 2026-11-23, not '\(value)'.")
            }
        }
        guard CSVDialect.named(csv) != nil else {
            throw ValidationError("--csv must be one of: \(CSVDialect.all.map(\.name).joined(separator: ", ")).")
        }
    }

    /// A run's configuration over `corpus` with `jobs` files at once and these options.
    func configuration(corpus: URL, jobs: Int) -> AnalyzeConfiguration {
        var configuration = AnalyzeConfiguration(
            corpus: corpus,
            output: URL(fileURLWithPath: out),
            lexicons: LexiconFolder.resolve(explicit: lexicons),
            journey: journey.map { URL(fileURLWithPath: $0) },
            jobs: jobs,
            dialect: CSVDialect.named(csv) ?? .excelFR,
            keepPersonalData: keepPersonalData,
            history: history.map { URL(fileURLWithPath: $0) },
            asOf: asOf.flatMap(CalendarDay.parse),
            since: since.flatMap(CalendarDay.parse),
            until: until.flatMap(CalendarDay.parse))
        configuration.extraLexicons = extraLexicons.references
        configuration.waitForLock = wait
        return configuration
    }

    /// Runs `run`, then prints its summary, or its failure, on standard error and exits with the
    /// run's status: what `analyze` and `merge` both end with. `clear` runs before anything is
    /// printed (the progress line).
    func report(clear: () -> Void = {}, _ run: () async throws -> RunSummary) async throws {
        let summary: RunSummary
        do {
            summary = try await run()
            clear()
        } catch let failure as AnalyzeRun.Failure {
            clear()
            printError("verbatim: \(failure)")
            throw ExitCode(failure.exitStatus)
        } catch {
            clear()
            printError("verbatim: \(error)")
            throw ExitCode(RunSummary.fatalExitStatus)
        }
        printError(SummaryText.render(summary, output: out))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
