/// One column of a CSV report: its header and how a row fills its cell, declared together so that
/// a column is added, moved or removed in one line and a header can never drift from its cell.
public struct ReportColumn<Row>: Sendable {
    /// The header; scripts rely on it.
    public let name: String
    /// Whether the run's aggregation step may still change this cell after the analysis (repeat
    /// contact adds a signal): such a cell is encoded only then, every other one in the analysis task.
    public let afterAggregation: Bool
    /// The cell of one row.
    public let cell: @Sendable (Row) -> CSVCell

    /// The column `name`, filled by `cell`.
    public init(_ name: String, afterAggregation: Bool = false, _ cell: @escaping @Sendable (Row) -> CSVCell) {
        self.name = name
        self.afterAggregation = afterAggregation
        self.cell = cell
    }
}
