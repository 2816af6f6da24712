public import Foundation
public import VerbatimModel

/// The CX signal expressions, loaded from `lexicons/signals/fr.tsv` and `en.tsv`.
///
/// Columns: `signal`, `pattern`, `kind` (`term`, `exact`, `exclude`), `note`. Signal ids are free
/// (an analyst may add `praise` or `legal-threat`), but must be identifiers.
public struct SignalLexicon: Sendable {
    /// Every row of every language, in file order.
    public var terms: [SignalTerm]

    /// The languages that have a signal file, and its name.
    public static let files: [(Language, String)] = [(.fr, "fr.tsv"), (.en, "en.tsv")]

    /// Loads `directory/fr.tsv` and `directory/en.tsv`.
    public init(directory: URL) throws(LexiconError) {
        var tables: [(Language, TSVTable)] = []
        for (language, name) in Self.files {
            let url = directory.appendingPathComponent(name)
            tables.append((language, try TSVTable(contentsOf: url, displayName: url.relativePath)))
        }
        try self.init(tables: tables)
    }

    /// Builds the lexicon from parsed tables.
    public init(tables: [(Language, TSVTable)]) throws(LexiconError) {
        var terms: [SignalTerm] = []
        for (language, table) in tables {
            for row in try ThemeLexicon.termRows(of: table, labelColumn: "signal") {
                guard ThemeLexicon.isIdentifier(row.label) || (row.label == "*" && row.kind == .exclude) else {
                    throw .malformed(
                        file: table.file, line: row.line,
                        reason: "signal '\(row.label)' must be lowercase letters, digits, '_' or '-'")
                }
                terms.append(
                    SignalTerm(
                        signal: row.label, language: language, pattern: row.pattern, kind: row.kind, file: table.file,
                        line: row.line))
            }
        }
        self.terms = terms
    }
}
