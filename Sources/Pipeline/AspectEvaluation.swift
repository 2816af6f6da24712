public import Foundation
import Lexicons
import Scoring
import Tagging
import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `verbatim eval-aspects`: theme detection and aspect polarity against manual aspect labels.
///
/// Reads a labelled review file (`id`, `text`, optional `lang` and gold `label`, read by
/// `TextTableReader`) and an aspect file (`id` and one column per aspect, `NE` meaning "not
/// expressed", anything else meaning the aspect is mentioned), tags every review with the chosen
/// journey (through the analyser, as `analyze` tags a review), and counts an aspect as detected when
/// a theme of one of the touchpoints mapped to it is found: precision, recall and F1 per aspect.
/// For each labelled aspect the tool detects, the polarity of its themes' sentiment is compared with
/// the gold label, next to two baselines: every aspect given the review's own gold label, and every
/// aspect given the tool's verbatim score (`AspectPolarity` says how each counts).
public struct AspectEvaluation: Sendable {
    /// Counts for one aspect.
    public struct Counts: Sendable, Hashable {
        public var truePositive = 0
        public var falsePositive = 0
        public var falseNegative = 0
        public var trueNegative = 0

        public var precision: Double? {
            truePositive + falsePositive > 0 ? Double(truePositive) / Double(truePositive + falsePositive) : nil
        }
        public var recall: Double? {
            truePositive + falseNegative > 0 ? Double(truePositive) / Double(truePositive + falseNegative) : nil
        }
        public var f1: Double? {
            guard let p = precision, let r = recall, p + r > 0 else { return nil }
            return 2 * p * r / (p + r)
        }

        mutating func add(expressed: Bool, detected: Bool) {
            switch (expressed, detected) {
            case (true, true): truePositive += 1
            case (false, true): falsePositive += 1
            case (true, false): falseNegative += 1
            case (false, false): trueNegative += 1
            }
        }
    }

    /// The label meaning "not expressed" in the aspect file.
    public static let notExpressed = "NE"

    let analyzer: VerbatimAnalyzer
    /// Aspect column → touchpoints whose themes express it.
    let mapping: [(aspect: String, touchpoints: Set<String>)]

    public init(analyzer: VerbatimAnalyzer, mapping: [(aspect: String, touchpoints: Set<String>)]) {
        self.analyzer = analyzer
        self.mapping = mapping
    }

    /// One labelled aspect whose theme the tool found, for error analysis (`eval-aspects --rows`).
    public struct Row: Sendable, Hashable {
        public var id: String
        public var aspect: String
        public var gold: AspectPolarity
        /// The sentiment of the aspect's themes (the mean when several themes express it).
        public var theme: Double
        /// The review's own gold label, when the reviews carry one.
        public var review: AspectPolarity?
        /// The verbatim score.
        public var verbatim: Double
    }

    /// What `evaluate` found.
    public struct Outcome: Sendable {
        /// Detection counts per aspect, in mapping order.
        public var counts: [(aspect: String, counts: Counts)]
        /// Polarity counts per aspect, in mapping order (see `AspectPolarity`).
        public var polarity: [(aspect: String, counts: AspectPolarity.Counts)]
        /// Reviews evaluated (those with aspect labels).
        public var reviews: Int
        /// Every labelled, detected aspect.
        public var rows: [Row]

        /// Polarity counts over every aspect.
        public var overallPolarity: AspectPolarity.Counts { polarity.map(\.counts).reduce(AspectPolarity.Counts(), +) }
    }

    /// Detection and polarity counts per aspect in mapping order, and the number of reviews
    /// evaluated.
    public func evaluate(reviews: URL, aspects: URL) throws -> Outcome {
        let gold = try Self.goldLabels(aspects, aspects: mapping.map(\.aspect))
        var counts = Array(repeating: Counts(), count: mapping.count)
        var polarity = Array(repeating: AspectPolarity.Counts(), count: mapping.count)
        var rows: [Row] = []
        var evaluated = 0
        var scratch = ScoringScratch()
        for review in try Self.reviews(reviews) {
            guard let labels = gold[review.id] else { continue }
            evaluated += 1
            let analysis = analyzer.analyse(
                text: review.text, language: review.language, context: TagContext(channel: .review), scratch: &scratch)
            for (position, entry) in mapping.enumerated() {
                let label = labels[entry.aspect] ?? Self.notExpressed
                let themes = analysis.tags.themes.filter {
                    analyzer.touchpoint(ofTheme: $0.theme).map(entry.touchpoints.contains) ?? false
                }
                counts[position].add(expressed: label != Self.notExpressed, detected: !themes.isEmpty)
                guard let expected = AspectPolarity(gold: label), !themes.isEmpty else { continue }
                let row = Row(
                    id: review.id, aspect: entry.aspect, gold: expected,
                    theme: themes.map(\.sentiment).reduce(0, +) / Double(themes.count),
                    review: review.label.flatMap { AspectPolarity(gold: $0) }, verbatim: analysis.sentiment.score)
                polarity[position].add(gold: expected, theme: row.theme, review: row.review, verbatim: row.verbatim)
                rows.append(row)
            }
        }
        let aspects = mapping.map(\.aspect)
        return Outcome(
            counts: Array(zip(aspects, counts)).map { ($0.0, $0.1) },
            polarity: Array(zip(aspects, polarity)).map { ($0.0, $0.1) }, reviews: evaluated, rows: rows)
    }

    /// The aspect labels of the file at `url` (`id` and one column per aspect), by review id.
    static func goldLabels(_ url: URL, aspects: [String]) throws -> [String: [String: String]] {
        let table = try TSVTable(contentsOf: url)
        let idColumn = try table.column("id")
        var columns: [(String, Int)] = []
        for aspect in aspects { columns.append((aspect, try table.column(aspect))) }
        var gold: [String: [String: String]] = [:]
        for row in table.rows {
            gold[row[idColumn]] = Dictionary(columns.map { ($0.0, row[$0.1]) }, uniquingKeysWith: { first, _ in first })
        }
        return gold
    }

    /// The reviews of the text table at `url` (`id`, `text`, optional `lang` and gold `label`), read
    /// by the reader `score` and `eval` use.
    static func reviews(_ url: URL) throws -> [(id: String, text: String, language: Language, label: String?)] {
        let name = url.lastPathComponent
        let input = open(url.path, O_RDONLY)
        guard input >= 0 else { throw TextTableError.unreadable(file: name, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var reader = try TextTableReader(fd: input, name: name)
        let (idColumn, textColumn, langColumn) = (try reader.column("id"), reader.textColumn, reader.langColumn)
        let labelColumn = try? reader.column("label")
        var reviews: [(id: String, text: String, language: Language, label: String?)] = []
        while let review = try reader.withNextRow({ line, row in
            (
                id: TextTableReader.string(line.extracting(row[idColumn])).trimmingCharacters(in: .whitespaces),
                text: TextTableReader.string(line.extracting(row[textColumn])),
                language: langColumn.map { TextTableReader.language(of: line.extracting(row[$0])) } ?? .unknown,
                label: labelColumn.map {
                    TextTableReader.string(line.extracting(row[$0])).trimmingCharacters(in: .whitespaces)
                }
            )
        }) {
            reviews.append(review)
        }
        return reviews
    }
}
