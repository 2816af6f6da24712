public import VerbatimModel

/// The rows of `errors.csv`: every input, or part of one, that could not be read as it should.
public enum ErrorsReport {
    /// The columns, in order.
    static let declared: [ReportColumn<Finding>] = [
        ReportColumn("source") { .text($0.source) },
        ReportColumn("position") { .text($0.position) },
        ReportColumn("reason") { .text($0.reason) },
        ReportColumn("severity") { .text($0.severity.rawValue) },
    ]

    /// Column names, in order.
    public static var columns: [String] { declared.map(\.name) }

    /// The cells of one finding.
    public static func cells(for finding: Finding) -> [CSVCell] {
        declared.map { $0.cell(finding) }
    }
}
