public import VerbatimModel

/// One row of a signal file (`lexicons/signals/fr.tsv`, `en.tsv`): an expression of customer
/// effort, intent to leave or urgency, or an exclusion that cancels one (`pas urgent`).
public struct SignalTerm: Sendable, Hashable {
    /// The signal id written in the `signals` column (`effort`, `churn`, `urgency` …), or `*` for
    /// an exclusion that cancels every signal it overlaps.
    public var signal: String
    /// The language of the file the row comes from.
    public var language: Language
    /// Same syntax as theme patterns.
    public var pattern: ThemePattern
    /// `term`, `exact` or `exclude`, as for themes.
    public var kind: ThemeTerm.Kind
    /// Where the row is, for messages; `line` is 1-based.
    public var file: String
    /// 1-based line of the row.
    public var line: Int

    /// A row as read from `file` at `line`.
    public init(
        signal: String, language: Language, pattern: ThemePattern, kind: ThemeTerm.Kind, file: String, line: Int
    ) {
        self.signal = signal
        self.language = language
        self.pattern = pattern
        self.kind = kind
        self.file = file
        self.line = line
    }
}
