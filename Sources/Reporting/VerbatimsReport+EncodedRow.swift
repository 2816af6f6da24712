public import VerbatimModel

extension VerbatimsReport {
    /// A `verbatims.csv` record encoded in the analysis task, in parallel, except for the cells the
    /// aggregation step may still change (`ReportColumn.afterAggregation`): the ordered consumer
    /// encodes only those, once people are known, and every cell is encoded exactly once.
    public struct EncodedRow: Sendable {
        /// The encoded text around the late cells, separators included: one more than late cells.
        public private(set) var segments: [String]

        init(segments: [String], checked: Void) {
            self.segments = segments
        }

        /// A row read back from its `segments` (a unit archive); `nil` when their number is not
        /// one more than the late cells', so that a damaged archive cannot make `finish` trap.
        public init?(segments: [String]) {
            guard segments.count == VerbatimsReport.lateColumns.count + 1 else { return nil }
            self.segments = segments
        }
    }

    /// `record`'s early-encoded row, `nil` for a record with no text (a score-only survey answer):
    /// it counts in the aggregates and has a row only when repeat contact marks it.
    public func earlyRow(_ record: AnalysedVerbatim) -> EncodedRow? {
        record.verbatim.text.isEmpty ? nil : encodeEarly(record)
    }

    /// Encodes every cell of `record` but the late ones.
    public func encodeEarly(_ record: AnalysedVerbatim) -> EncodedRow {
        let encoder = CSVEncoder(dialect: dialect)
        let line = Line(record: record, report: self)
        var segments: [String] = []
        segments.reserveCapacity(Self.lateColumns.count + 1)
        var segment = ""
        for (index, column) in Self.declared.enumerated() {
            if index > 0 { segment.append(dialect.separator) }
            if column.afterAggregation {
                segments.append(segment)
                segment = ""
            } else {
                segment += encoder.field(column.cell(line))
            }
        }
        segment += dialect.lineEnding
        segments.append(segment)
        return EncodedRow(segments: segments, checked: ())
    }

    /// The whole record: `row` with the late cells of `record` (as the aggregation step left it).
    public func finish(_ row: EncodedRow, with record: AnalysedVerbatim) -> String {
        finish(row, late: LateCells(record))
    }

    /// The whole record: `row` with `late`.
    public func finish(_ row: EncodedRow, late: LateCells) -> String {
        var text = ""
        finish(row, late: late) { text += $0 }
        return text
    }

    /// The whole record handed piece by piece to `write` (the report file's buffer): the segments
    /// as the task encoded them and the late cells encoded here, so the ordered consumer does not
    /// build and copy a string of the whole row.
    public func finish(_ row: EncodedRow, late: LateCells, into write: (String) throws -> Void) rethrows {
        let encoder = CSVEncoder(dialect: dialect)
        try write(row.segments[0])
        for (index, column) in Self.lateColumns.enumerated() {
            try write(encoder.field(column.cell(late)))
            try write(row.segments[index + 1])
        }
    }
}
