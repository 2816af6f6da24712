public import VerbatimModel

/// The rows of `verbatims.csv`: one per customer utterance, with why it scored as it did.
public struct VerbatimsReport: Sendable {
    /// One record being written, with the report that spells it.
    struct Line: Sendable {
        var record: AnalysedVerbatim
        var report: VerbatimsReport

        /// The late cells as the record itself holds them (its reader's customer key, its signals).
        var late: LateCells { LateCells(record) }
    }

    /// What the cells written once every record is consumed hold: the person's key and the signals
    /// with those that depend on the whole run's people (`repeat-contact`, `channel-switch`).
    public struct LateCells: Sendable {
        public var customer: String?
        public var signals: [String]

        public init(customer: String?, signals: [String]) {
            self.customer = customer
            self.signals = signals
        }

        /// The late cells as `record` itself holds them (its reader's customer key, its signals).
        public init(_ record: AnalysedVerbatim) {
            self.init(customer: record.verbatim.customer, signals: record.signals)
        }
    }

    /// The late columns, in order: encoded by the ordered consumer once people are known, every
    /// other cell in the analysis task (`EncodedRow`).
    static let lateColumns: [ReportColumn<LateCells>] = [
        ReportColumn("customer", afterAggregation: true) { .optionalText($0.customer) },
        ReportColumn("signals", afterAggregation: true) { .text($0.signals.joined(separator: "|")) },
    ]

    /// The late column `name` as a column of the whole row.
    private static func late(_ name: String) -> ReportColumn<Line> {
        let column = lateColumns.first { $0.name == name } ?? lateColumns[0]
        return ReportColumn(column.name, afterAggregation: true) { column.cell($0.late) }
    }

    /// The columns, in order; scripts rely on these names. `customer` (the person, issue 18) and
    /// `signals` are late cells (`lateColumns`).
    static let declared: [ReportColumn<Line>] = [
        ReportColumn("id") { .text($0.record.verbatim.id) },
        ReportColumn("channel") { .text($0.record.verbatim.channel.rawValue) },
        ReportColumn("source") { .text($0.report.displayed($0.record.verbatim.source)) },
        ReportColumn("date") { .optionalText($0.record.verbatim.date.map(ISODate.format)) },
        late("customer"),
        ReportColumn("conversation") { .optionalText($0.record.verbatim.conversationID) },
        ReportColumn("lang") { .text($0.record.language.rawValue) },
        ReportColumn("touchpoint") { .text($0.record.touchpoint) },
        ReportColumn("themes") { .text($0.report.themes(of: $0.record)) },
        ReportColumn("sentiment") { .decimal($0.record.sentiment.score, places: 3) },
        ReportColumn("label") { .text($0.record.sentiment.label.rawValue) },
        ReportColumn("emotions") { .text($0.report.emotions(of: $0.record)) },
        late("signals"),
        ReportColumn("rating") { .optionalDecimal($0.record.verbatim.scores.rating, places: 2) },
        ReportColumn("nps") { .optionalInteger($0.record.verbatim.scores.nps) },
        ReportColumn("csat") { .optionalInteger($0.record.verbatim.scores.csat) },
        ReportColumn("ces") { .optionalInteger($0.record.verbatim.scores.ces) },
        ReportColumn("context") { line in .optionalText(line.record.verbatim.context.map(line.report.protect)) },
        ReportColumn("text") { .text($0.report.protect($0.record.verbatim.text)) },
    ]

    /// Column names, in order.
    public static var columns: [String] { declared.map(\.name) }

    /// Whether personal data stays in the text (`--keep-personal-data`).
    public var keepPersonalData: Bool
    public var dialect: CSVDialect
    /// Masks personal data in `text`, `context` and quotes.
    public var masker: PersonalDataMasker

    /// A report in `dialect` that masks with `masker` unless `keepPersonalData`.
    public init(dialect: CSVDialect, keepPersonalData: Bool = false, masker: PersonalDataMasker = PersonalDataMasker())
    {
        self.dialect = dialect
        self.keepPersonalData = keepPersonalData
        self.masker = masker
    }

    /// The cells of one record.
    public func cells(for record: AnalysedVerbatim) -> [CSVCell] {
        let line = Line(record: record, report: self)
        return Self.declared.map { $0.cell(line) }
    }

    /// Masks personal data unless told to keep it.
    public func protect(_ text: String) -> String {
        keepPersonalData ? text : masker.mask(text)
    }

    /// `theme:sentiment|…`, the sentiment in the dialect's decimals.
    func themes(of record: AnalysedVerbatim) -> String {
        let encoder = CSVEncoder(dialect: dialect)
        return record.themes.map { "\($0.theme):\(encoder.number($0.sentiment, places: 2))" }.joined(separator: "|")
    }

    /// `emotion:intensity|…`.
    func emotions(of record: AnalysedVerbatim) -> String {
        let encoder = CSVEncoder(dialect: dialect)
        return record.emotions.map { "\($0.emotion.rawValue):\(encoder.number($0.intensity, places: 2))" }
            .joined(separator: "|")
    }
}
