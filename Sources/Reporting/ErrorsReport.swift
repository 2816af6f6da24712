public import VerbatimModel

/// The rows of `errors.csv`: every input, or part of one, that could not be read as it should.
public enum ErrorsReport {
    /// Column names, in order.
    public static let columns = ["source", "position", "reason", "severity"]

    /// The cells of one finding.
    public static func cells(for finding: Finding) -> [CSVCell] {
        [.text(finding.source), .text(finding.position), .text(finding.reason), .text(finding.severity.rawValue)]
    }
}
