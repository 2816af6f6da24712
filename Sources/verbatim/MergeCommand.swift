import ArgumentParser
import Foundation
import Lexicons
import Pipeline
import Reporting

/// `verbatim merge PARTIALS… --out DIR`: the reports of one run from the partials of its partitions.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Write the reports of one analyze run from the partials of its partitions (analyze --partial).",
        discussion: """
            Give the lexicons, journey, --extra-lexicon, --csv and --keep-personal-data of the partition \
            runs (a partial made otherwise is refused). The reports are the bytes one analyze over the \
            whole corpus writes, but for the manifest's run-time fields. Exit status as for analyze.
            """
    )

    @Argument(help: "The partial files, one per partition, in any order.")
    var partials: [String]

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
        guard !partials.isEmpty else { throw ValidationError("give at least one partial.") }
        for (name, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            if let value, CalendarDay.parse(value) == nil {
                throw ValidationError("\(name) must be a date such as 2026-11-23, not '\(value)'.")
            }
        }
        guard CSVDialect.named(csv) != nil else {
            throw ValidationError("--csv must be one of: \(CSVDialect.all.map(\.name).joined(separator: ", ")).")
        }
    }

    func run() async throws {
        // The corpus is the partials' (`AnalyzeRun.merge` sets it); the merge reads no input.
        var configuration = AnalyzeConfiguration(
            corpus: URL(fileURLWithPath: "."),
            output: URL(fileURLWithPath: out),
            lexicons: LexiconFolder.resolve(explicit: lexicons),
            journey: journey.map { URL(fileURLWithPath: $0) },
            dialect: CSVDialect.named(csv) ?? .excelFR,
            keepPersonalData: keepPersonalData,
            history: history.map { URL(fileURLWithPath: $0) },
            asOf: asOf.flatMap(CalendarDay.parse),
            since: since.flatMap(CalendarDay.parse),
            until: until.flatMap(CalendarDay.parse))
        configuration.extraLexicons = extraLexicons.references
        configuration.waitForLock = wait
        let summary: RunSummary
        do {
            summary = try await AnalyzeRun.merge(
                configuration, partials: partials.map { URL(fileURLWithPath: $0) }, notice: { printError($0) })
        } catch let failure as AnalyzeRun.Failure {
            printError("verbatim: \(failure)")
            throw ExitCode(failure.exitStatus)
        } catch {
            printError("verbatim: \(error)")
            throw ExitCode(RunSummary.fatalExitStatus)
        }
        printError(SummaryText.render(summary, output: out))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
