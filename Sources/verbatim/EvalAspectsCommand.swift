import ArgumentParser
import Foundation
import Lexicons
import Pipeline

/// `verbatim eval-aspects`: theme detection precision and recall against manual aspect labels.
struct EvalAspectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-aspects",
        abstract: "Theme detection precision/recall per aspect against manually labelled reviews.",
        discussion: """
            Example (TripAdvisor restaurant aspects, hospitality journey):
              verbatim eval-aspects --reviews reviews.tsv --aspects aspects.tsv --journey hospitality \\
                --map prix=price --map cuisine=food --map service=welcome,waiting,service --map ambiance=ambiance
            """
    )

    @Option(help: "Reviews TSV with id and text columns (optional lang).")
    var reviews: String

    @Option(help: "Aspects TSV with an id column and one column per aspect (NE = not expressed).")
    var aspects: String

    @Option(help: "Journey file or bundled journey name.")
    var journey: String = "hospitality"

    @Option(help: "Lexicon folder. Default: ./lexicons, $VERBATIM_LEXICONS, else the one beside the executable.")
    var lexicons: String?

    @Option(help: "ASPECT=touchpoint[,touchpoint…]: which touchpoints express an aspect column.")
    var map: [String] = []

    func validate() throws {
        guard !map.isEmpty else { throw ValidationError("give at least one --map ASPECT=touchpoint.") }
        for entry in map where !entry.contains("=") {
            throw ValidationError("--map takes ASPECT=touchpoint[,touchpoint…], not '\(entry)'.")
        }
    }

    func run() throws {
        let mapping = map.map { entry -> (aspect: String, touchpoints: Set<String>) in
            let parts = entry.split(separator: "=", maxSplits: 1)
            let touchpoints = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
            return (String(parts[0]), Set(touchpoints))
        }
        let analyzer = try VerbatimAnalyzer(
            lexicons: LexiconFolder.resolve(explicit: lexicons), journey: URL(fileURLWithPath: journey))
        let evaluation = AspectEvaluation(analyzer: analyzer, mapping: mapping)
        let result = try evaluation.evaluate(
            reviews: URL(fileURLWithPath: reviews), aspects: URL(fileURLWithPath: aspects))
        print("aspects on \(result.reviews) reviews (journey \(journey))")
        print("aspect      precision  recall    F1     TP    FP    FN")
        for (aspect, counts) in result.counts {
            func cell(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }
            print(
                aspect.padding(toLength: 11, withPad: " ", startingAt: 0)
                    + " \(cell(counts.precision))      \(cell(counts.recall))    \(cell(counts.f1))"
                    + String(format: " %5d %5d %5d", counts.truePositive, counts.falsePositive, counts.falseNegative))
        }
    }
}
