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

/// `verbatim eval-aspects`: theme detection against manual aspect labels.
///
/// Reads a labelled review file (`id`, `text`, optional `lang`, read by `TextTableReader`) and an
/// aspect file (`id` and one column per aspect, `NE` meaning "not expressed", anything else meaning
/// the aspect is mentioned), tags every review with the chosen journey (through the analyser, as
/// `analyze` tags a review), and counts an aspect as detected when a theme of one of the touchpoints
/// mapped to it is found. Precision, recall and F1 per aspect.
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

    /// Counts per aspect in mapping order, and the number of reviews evaluated.
    public func evaluate(reviews: URL, aspects: URL) throws -> (
        counts: [(aspect: String, counts: Counts)], reviews: Int
    ) {
        let aspectTable = try TSVTable(contentsOf: aspects)
        let aspectID = try aspectTable.column("id")
        var gold: [String: [String: String]] = [:]
        var aspectColumns: [(String, Int)] = []
        for entry in mapping { aspectColumns.append((entry.aspect, try aspectTable.column(entry.aspect))) }
        for row in aspectTable.rows {
            gold[row[aspectID]] = Dictionary(uniqueKeysWithValues: aspectColumns.map { ($0.0, row[$0.1]) })
        }
        var counts = Array(repeating: Counts(), count: mapping.count)
        var evaluated = 0
        var scratch = ScoringScratch()
        for review in try Self.reviews(reviews) {
            guard let labels = gold[review.id] else { continue }
            evaluated += 1
            let analysis = analyzer.analyse(
                text: review.text, language: review.language, context: TagContext(channel: .review), scratch: &scratch)
            let found = Set(analysis.tags.themes.compactMap { analyzer.touchpoint(ofTheme: $0.theme) })
            for (position, entry) in mapping.enumerated() {
                let expressed = (labels[entry.aspect] ?? Self.notExpressed) != Self.notExpressed
                let detected = !found.isDisjoint(with: entry.touchpoints)
                switch (expressed, detected) {
                case (true, true): counts[position].truePositive += 1
                case (false, true): counts[position].falsePositive += 1
                case (true, false): counts[position].falseNegative += 1
                case (false, false): counts[position].trueNegative += 1
                }
            }
        }
        return (Array(zip(mapping.map(\.aspect), counts)).map { ($0.0, $0.1) }, evaluated)
    }

    /// The reviews of the text table at `url` (`id`, `text`, optional `lang`), read by the reader
    /// `score` and `eval` use.
    static func reviews(_ url: URL) throws -> [(id: String, text: String, language: Language)] {
        let name = url.lastPathComponent
        let input = open(url.path, O_RDONLY)
        guard input >= 0 else { throw TextTableError.unreadable(file: name, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var reader = try TextTableReader(fd: input, name: name)
        let (idColumn, textColumn, langColumn) = (try reader.column("id"), reader.textColumn, reader.langColumn)
        var reviews: [(id: String, text: String, language: Language)] = []
        while let review = try reader.withNextRow({ line, row in
            (
                id: TextTableReader.string(line.extracting(row[idColumn])).trimmingCharacters(in: .whitespaces),
                text: TextTableReader.string(line.extracting(row[textColumn])),
                language: langColumn.map { TextTableReader.language(of: line.extracting(row[$0])) } ?? .unknown
            )
        }) {
            reviews.append(review)
        }
        return reviews
    }
}
