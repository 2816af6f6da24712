public import Aggregation
public import Foundation
import Scoring
import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `verbatim eval`: scores labelled TSV files (`text`, gold `label`, optional `lang`) with the
/// analyser, as `score` and `analyze` do, and collects confusion matrices overall and per language.
public struct EvalRunner: Sendable {
    /// Matrices for one evaluated file (or all files together).
    public struct Result: Sendable {
        public var name: String
        public var overall = ConfusionMatrix()
        /// Per language tag (`fr`, `en`, `und`), sorted by tag when printed.
        public var perLanguage: [String: ConfusionMatrix] = [:]
        /// Rows skipped because their gold label was not pos/neg/neu.
        public var skipped = 0
        /// Rows the scorer labelled `mixed` (counted by their score's sign in the matrices).
        public var mixed = 0
    }

    let analyzer: VerbatimAnalyzer

    /// An evaluation of what `analyzer` predicts (language, foreign-language detection, score).
    public init(analyzer: VerbatimAnalyzer) { self.analyzer = analyzer }

    /// Evaluates the file at `url`. An empty file gives empty matrices; a file without `text`
    /// and `label` columns, or that cannot be read, throws a `TextTableError`.
    public func evaluate(_ url: URL) throws -> Result {
        let name = url.lastPathComponent
        let input = open(url.path, O_RDONLY)
        guard input >= 0 else { throw TextTableError.unreadable(file: name, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var result = Result(name: name)
        guard var reader = try Self.reader(input, name: name) else { return result }
        let (textColumn, langColumn) = (reader.textColumn, reader.langColumn)
        let labelColumn = try reader.column("label")
        var scratch = ScoringScratch()
        while try reader.withNextRow({ (line, row) -> Void in
            let label = labelColumn < row.count ? TextTableReader.string(line.extracting(row[labelColumn])) : ""
            guard textColumn < row.count, labelColumn < row.count,
                let gold = EvalClass(gold: label.trimmingCharacters(in: .whitespaces))
            else {
                result.skipped += 1
                return
            }
            let declared = langColumn.map { TextTableReader.language(of: line.extracting(row[$0])) } ?? .unknown
            let text = line.extracting(row[textColumn])
            let summary = analyzer.score(utf8: text, language: declared, scratch: &scratch).summary
            let predicted = EvalClass(summary.label)
            let leaning = EvalClass(
                leaningOf: summary.label, score: summary.score, neutralBand: SentimentRules.neutralBand)
            if summary.label == .mixed { result.mixed += 1 }
            result.overall.add(gold: gold, predicted: predicted, leaning: leaning)
            result.perLanguage[summary.language.rawValue, default: ConfusionMatrix()].add(
                gold: gold, predicted: predicted, leaning: leaning)
        }) != nil {}
        return result
    }

    /// The reader of `input` past its header, `nil` for an empty file (empty matrices, not an error).
    private static func reader(_ input: Int32, name: String) throws(TextTableError) -> TextTableReader? {
        do {
            return try TextTableReader(fd: input, name: name)
        } catch {
            if case .noHeader = error { return nil }
            throw error
        }
    }

    /// The printed report of `result`: metrics overall and per language, per-class P/R, confusion matrix.
    public static func report(_ result: Result) -> String {
        var out = "== \(result.name)\n"
        out += block("all", result.overall)
        if result.perLanguage.count > 1 {
            for (language, matrix) in result.perLanguage.sorted(by: { $0.key < $1.key }) {
                out += block(language, matrix)
            }
        }
        if result.mixed > 0 {
            out +=
                "  labelled mixed (neu in the 3-class figures, by the sign of their score in binary accuracy): \(result.mixed)\n"
        }
        if result.skipped > 0 { out += "  skipped rows (no pos/neg/neu label): \(result.skipped)\n" }
        return out
    }

    private static func f(_ x: Double) -> String { String(format: "%.3f", x) }

    private static func block(_ name: String, _ m: ConfusionMatrix) -> String {
        var out = "  [\(name)] n=\(m.total) accuracy=\(f(m.accuracy)) macro-F1=\(f(m.macroF1))"
        out += " (\(m.evaluatedClasses.count) classes) binary-accuracy=\(f(m.binaryAccuracy))\n"
        for c in EvalClass.allCases where m.support(c) > 0 || m.precision(c) > 0 {
            out +=
                "    \(c.rawValue): precision=\(f(m.precision(c))) recall=\(f(m.recall(c))) F1=\(f(m.f1(c))) support=\(m.support(c))\n"
        }
        out += "    confusion (rows gold, columns predicted):   pos    neg    neu\n"
        for g in EvalClass.allCases where m.support(g) > 0 {
            let cells = EvalClass.allCases.map { String(m.count(gold: g, predicted: $0)).leftPadded(6) }.joined(
                separator: " ")
            out += "      gold \(g.rawValue)                              \(cells)\n"
        }
        return out
    }

    /// One table row for scripts: `set n accuracy macro-F1 binary-accuracy mixed`, tab-separated.
    public static func summaryRow(_ result: Result) -> String {
        let m = result.overall
        return "\(result.name)\t\(m.total)\t\(f(m.accuracy))\t\(f(m.macroF1))\t\(f(m.binaryAccuracy))\t\(result.mixed)"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
