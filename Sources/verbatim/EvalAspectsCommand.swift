import ArgumentParser
import Foundation
import Lexicons
import Pipeline

/// `verbatim eval-aspects`: theme detection precision and recall, and aspect polarity, against
/// manual aspect labels.
struct EvalAspectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-aspects",
        abstract: "Theme detection precision/recall and aspect polarity per aspect against labelled reviews.",
        discussion: """
            Polarity: for each labelled aspect (not NE) whose theme is found, the polarity of the \
            theme's sentiment (>= 0.05 Positive, <= -0.05 Négative, else Neutre) against the gold \
            label (3 classes), next to the review's own gold label (column label: pos, neg, neu) and \
            the tool's verbatim score given to every aspect.
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

    @Option(help: "Also write every labelled, detected aspect (id, aspect, gold, scores) to this TSV file.")
    var rows: String?

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
            print(
                Self.name(aspect) + " \(Self.cell(counts.precision))      \(Self.cell(counts.recall))    "
                    + Self.cell(counts.f1)
                    + String(format: " %5d %5d %5d", counts.truePositive, counts.falsePositive, counts.falseNegative))
        }
        print()
        print("aspect polarity (labelled and detected; document-label = review's gold label, document-score = tool's)")
        print("aspect          n   theme   document-label  document-score")
        for (aspect, counts) in result.polarity + [("overall", result.overallPolarity)] {
            print(
                Self.name(aspect) + String(format: " %5d", counts.evaluated) + "   \(Self.cell(counts.themeAccuracy))"
                    + "       \(Self.cell(counts.documentLabelAccuracy))           "
                    + Self.cell(counts.documentScoreAccuracy))
        }
        if let rows { try Self.write(result.rows, to: rows) }
    }

    private static func name(_ aspect: String) -> String { aspect.padding(toLength: 11, withPad: " ", startingAt: 0) }

    private static func cell(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }

    /// The rows as TSV: `id aspect gold theme_score review_label verbatim_score`.
    private static func write(_ rows: [AspectEvaluation.Row], to path: String) throws {
        var text = "id\taspect\tgold\ttheme_score\treview_label\tverbatim_score\n"
        for row in rows {
            text +=
                "\(row.id)\t\(row.aspect)\t\(row.gold.rawValue)\t" + String(format: "%.4f", row.theme)
                + "\t\(row.review?.rawValue ?? "")\t" + String(format: "%.4f", row.verbatim) + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
