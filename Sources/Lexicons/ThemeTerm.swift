public import VerbatimModel

/// One row of a theme term file (`lexicons/themes/fr.tsv`, `en.tsv`): a pattern that reveals a
/// theme, or an exclusion that cancels it.
public struct ThemeTerm: Sendable, Hashable {
    /// What a row does with its pattern.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The pattern reveals the theme; accents are ignored.
        case term
        /// The pattern reveals the theme; accents count (`livré` but not `livre`, the book).
        case exact
        /// Where this pattern matches, matches of the theme that overlap it and are not longer
        /// are cancelled (`en retour`, `retour de mail`: a reply, not a product return; but the
        /// longer `étiquette de retour` survives `de retour`).
        case exclude
    }

    /// The theme id, or `*` for an exclusion that cancels every theme it overlaps.
    public var theme: String
    /// The language of the file the row comes from.
    public var language: Language
    /// The parsed pattern.
    public var pattern: ThemePattern
    /// Term, exact term or exclusion.
    public var kind: Kind
    /// Where the row is, for messages.
    public var file: String
    /// 1-based line of the row.
    public var line: Int

    /// A row as read from `file` at `line`.
    public init(theme: String, language: Language, pattern: ThemePattern, kind: Kind, file: String, line: Int) {
        self.theme = theme
        self.language = language
        self.pattern = pattern
        self.kind = kind
        self.file = file
        self.line = line
    }
}
