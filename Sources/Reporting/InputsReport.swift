public import VerbatimModel

/// The rows of `inputs.csv`: every file (or mailbox shard) read, how it was recognised and what it
/// gave, so an analyst can see which markup, site profile or survey mapping read each file.
public enum InputsReport {
    /// One input: the file (or shard) and what its reader gave.
    struct Line: Sendable {
        var source: String
        var output: IngestOutput
        /// Findings of severity error; the others are warnings.
        var errors: Int
    }

    /// The columns, in order.
    static let declared: [ReportColumn<Line>] = [
        ReportColumn("source") { .text($0.source) },
        ReportColumn("format") { .text($0.output.format) },
        ReportColumn("verbatims") { .integer($0.output.verbatims.filter { !$0.text.isEmpty }.count) },
        ReportColumn("skipped") { .integer($0.output.skipped.values.reduce(0, +)) },
        ReportColumn("errors") { .integer($0.errors) },
        ReportColumn("warnings") { .integer($0.output.findings.count - $0.errors) },
    ]

    /// Column names, in order.
    public static var columns: [String] { declared.map(\.name) }

    /// The cells for one input.
    public static func cells(source: String, output: IngestOutput) -> [CSVCell] {
        let line = Line(
            source: source, output: output, errors: output.findings.filter { $0.severity == .error }.count)
        return declared.map { $0.cell(line) }
    }
}
