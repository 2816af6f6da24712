import VerbatimModel

/// One response of a survey export being read: its cells, the header labels, and where a finding
/// about it points (`row N, column LABEL`).
struct SurveyRow {
    var fields: [String]
    var labels: [String]
    /// `row N`: the physical line the record starts on.
    var position: String
    var ordinal: Int
    var path: String

    /// The trimmed cell of `column` ("" when the column or the cell is missing).
    func cell(_ column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        return SchemaOrgReviewCollector.trim(fields[column])
    }

    /// The header label of `column`, cut at 40 characters for positions and findings.
    func label(_ column: Int?) -> String {
        guard let column, column < labels.count else { return "" }
        let text = SchemaOrgReviewCollector.trim(labels[column])
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// `row N, column LABEL`: one cell of this response.
    func position(of column: Int) -> String { "\(position), column \(label(column))" }

    /// A warning about one cell of this response.
    func warning(_ reason: String, column: Int?) -> Finding {
        Finding(
            source: path, position: column.map(position(of:)) ?? position, reason: reason, severity: .warning,
            ordinal: ordinal)
    }

    /// The answer of a score column on its scale, `nil` when empty or invalid (invalid: a warning).
    func score(_ column: Int?, scale: ClosedRange<Int>, name: String, findings: inout [Finding]) -> Int? {
        guard let column else { return nil }
        switch SurveyScoreCell.read(cell(column), scale: scale, name: name) {
        case .value(let value): return value
        case .empty: return nil
        case .invalid(let reason):
            findings.append(warning(reason, column: column))
            return nil
        }
    }
}
