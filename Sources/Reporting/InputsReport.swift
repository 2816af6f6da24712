public import VerbatimModel

/// The rows of `inputs.csv`: every file (or mailbox shard) read, how it was recognised and what it
/// gave, so an analyst can see which markup, site profile or survey mapping read each file.
public enum InputsReport {
    /// Column names, in order.
    public static let columns = ["source", "format", "verbatims", "skipped", "errors", "warnings"]

    /// The cells for one input.
    public static func cells(source: String, output: IngestOutput) -> [CSVCell] {
        let errors = output.findings.filter { $0.severity == .error }.count
        return [
            .text(source), .text(output.format), .integer(output.verbatims.filter { !$0.text.isEmpty }.count),
            .integer(output.skipped.values.reduce(0, +)), .integer(errors), .integer(output.findings.count - errors),
        ]
    }
}
