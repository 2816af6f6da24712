import ArgumentParser
import Foundation
import Pipeline

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

    @OptionGroup var report: ReportOptions

    func validate() throws {
        guard !partials.isEmpty else { throw ValidationError("give at least one partial.") }
    }

    func run() async throws {
        // The corpus is the partials' (`AnalyzeRun.merge` sets it); the merge reads no input.
        let configuration = report.configuration(
            corpus: URL(fileURLWithPath: "."), jobs: ProcessInfo.processInfo.activeProcessorCount)
        try await report.report {
            try await AnalyzeRun.merge(
                configuration, partials: partials.map { URL(fileURLWithPath: $0) }, notice: { printError($0) })
        }
    }
}
