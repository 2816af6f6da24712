public import VerbatimModel

/// The rows of `verbatims.csv`: one per customer utterance, with why it scored as it did.
public struct VerbatimsReport: Sendable {
    /// Column names, in order; scripts rely on these names.
    public static let columns = [
        "id", "channel", "source", "date", "customer", "lang", "touchpoint", "themes", "sentiment", "label",
        "emotions", "signals", "rating", "nps", "csat", "ces", "context", "text",
    ]

    /// Whether personal data stays in the text (`--keep-personal-data`).
    public var keepPersonalData: Bool
    public var dialect: CSVDialect
    /// Masks personal data in `text`, `context` and quotes.
    public var masker: PersonalDataMasker

    /// A report in `dialect` that masks with `masker` unless `keepPersonalData`.
    public init(dialect: CSVDialect, keepPersonalData: Bool = false, masker: PersonalDataMasker = PersonalDataMasker()) {
        self.dialect = dialect
        self.keepPersonalData = keepPersonalData
        self.masker = masker
    }

    /// The cells of one record.
    public func cells(for record: AnalysedVerbatim) -> [CSVCell] {
        let verbatim = record.verbatim
        let encoder = CSVEncoder(dialect: dialect)
        let themes = record.themes.map { "\($0.theme):\(encoder.number($0.sentiment, places: 2))" }
        let emotions = record.emotions.map { "\($0.emotion.rawValue):\(encoder.number($0.intensity, places: 2))" }
        return [
            .text(verbatim.id),
            .text(verbatim.channel.rawValue),
            .text(verbatim.source.description),
            .optionalText(verbatim.date.map(ISODate.format)),
            .optionalText(verbatim.customer),
            .text(record.language.rawValue),
            .text(record.touchpoint),
            .text(themes.joined(separator: "|")),
            .decimal(record.sentiment.score, places: 3),
            .text(record.sentiment.label.rawValue),
            .text(emotions.joined(separator: "|")),
            .text(record.signals.joined(separator: "|")),
            .optionalDecimal(verbatim.scores.rating, places: 2),
            .optionalInteger(verbatim.scores.nps),
            .optionalInteger(verbatim.scores.csat),
            .optionalInteger(verbatim.scores.ces),
            .optionalText(verbatim.context.map(protect)),
            .text(protect(verbatim.text)),
        ]
    }

    /// Masks personal data unless told to keep it.
    public func protect(_ text: String) -> String {
        keepPersonalData ? text : masker.mask(text)
    }
}
