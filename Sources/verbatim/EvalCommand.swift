import ArgumentParser
import Foundation
import Pipeline

/// `verbatim eval FILE.tsv [FILE…]`: accuracy, macro-F1, binary accuracy, per-class P/R, confusion.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate the scorer on labelled TSVs (columns text, label pos|neg|neu, optional lang).")

    @Argument(help: "Labelled TSV files.")
    var files: [String]

    @Flag(name: .long, help: "Print one tab-separated line per file: set n accuracy macro-F1 binary-accuracy.")
    var summary = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let runner = EvalRunner(analyzer: try lexiconOptions.analyzer())
        for file in files {
            let result = try runner.evaluate(URL(fileURLWithPath: file))
            print(summary ? EvalRunner.summaryRow(result) : EvalRunner.report(result))
        }
    }
}
