/// One theme of the taxonomy (`lexicons/themes/themes.tsv`): an identifier reports use, the family
/// it belongs to and its display labels.
public struct ThemeDefinition: Sendable, Hashable {
    /// Snake-case identifier (`delivery_delay`), the value written in the `themes` columns.
    public var id: String
    /// The family the theme belongs to (`delivery`, `support`, `transport` …), for grouping.
    public var family: String
    /// French display label.
    public var labelFR: String
    /// English display label.
    public var labelEN: String
    /// 1-based line in the taxonomy file.
    public var line: Int

    /// A theme as read from the taxonomy row at `line`.
    public init(id: String, family: String, labelFR: String, labelEN: String, line: Int) {
        self.id = id
        self.family = family
        self.labelFR = labelFR
        self.labelEN = labelEN
        self.line = line
    }
}
