public import Foundation
public import VerbatimModel

/// The bilingual theme taxonomy and its terms, loaded from `lexicons/themes/`.
///
/// Three files, one concern each: `themes.tsv` (the taxonomy: `theme`, `family`, `label_fr`,
/// `label_en`), `fr.tsv` and `en.tsv` (the terms: `theme`, `pattern`, `kind`, `note`). Every term
/// names a theme of the taxonomy; a typo is an error with its file and line, so an analyst who adds
/// a term sees at once what is wrong.
public struct ThemeLexicon: Sendable {
    /// Themes in taxonomy order.
    public var themes: [ThemeDefinition]
    /// Terms and exclusions of every language, in file order.
    public var terms: [ThemeTerm]

    /// The languages that have a term file, and its name.
    public static let termFiles: [(Language, String)] = [(.fr, "fr.tsv"), (.en, "en.tsv")]

    /// Loads `directory/themes.tsv`, `directory/fr.tsv` and `directory/en.tsv`.
    public init(directory: URL) throws(LexiconError) {
        let taxonomy = try TSVTable(
            contentsOf: directory.appendingPathComponent("themes.tsv"),
            displayName: directory.appendingPathComponent("themes.tsv").relativePath)
        var tables: [(Language, TSVTable)] = []
        for (language, name) in Self.termFiles {
            let url = directory.appendingPathComponent(name)
            tables.append((language, try TSVTable(contentsOf: url, displayName: url.relativePath)))
        }
        try self.init(taxonomy: taxonomy, termTables: tables)
    }

    /// Builds the lexicon from parsed tables (tests write them inline).
    public init(taxonomy: TSVTable, termTables: [(Language, TSVTable)]) throws(LexiconError) {
        let idColumn = try taxonomy.column("theme")
        let familyColumn = try taxonomy.column("family")
        let frColumn = try taxonomy.column("label_fr")
        let enColumn = try taxonomy.column("label_en")
        var themes: [ThemeDefinition] = []
        var seen: [String: Int] = [:]
        for row in taxonomy.rows {
            let id = row[idColumn]
            guard Self.isIdentifier(id) else {
                throw .malformed(
                    file: taxonomy.file, line: row.line,
                    reason: "theme id '\(id)' must be lowercase letters, digits, '_' or '-'")
            }
            if let first = seen[id] {
                throw .malformed(
                    file: taxonomy.file, line: row.line, reason: "theme '\(id)' already defined on line \(first)")
            }
            if row[frColumn].isEmpty || row[enColumn].isEmpty {
                throw .malformed(
                    file: taxonomy.file, line: row.line, reason: "theme '\(id)' needs both label_fr and label_en")
            }
            seen[id] = row.line
            themes.append(
                ThemeDefinition(
                    id: id, family: row[familyColumn], labelFR: row[frColumn], labelEN: row[enColumn], line: row.line))
        }
        let known = Set(themes.map(\.id))
        var terms: [ThemeTerm] = []
        for (language, table) in termTables {
            for row in try Self.termRows(of: table, labelColumn: "theme") {
                guard known.contains(row.label) || (row.label == "*" && row.kind == .exclude) else {
                    throw .malformed(
                        file: table.file, line: row.line,
                        reason: "unknown theme '\(row.label)'\(Self.suggestion(for: row.label, among: known))")
                }
                terms.append(
                    ThemeTerm(
                        theme: row.label, language: language, pattern: row.pattern, kind: row.kind, file: table.file,
                        line: row.line))
            }
        }
        self.themes = themes
        self.terms = terms
    }

    /// A parsed row of a term file, before its label is checked against a taxonomy.
    struct TermRow {
        var label: String
        var pattern: ThemePattern
        var kind: ThemeTerm.Kind
        var line: Int
    }

    /// Reads the rows of a term file (`labelColumn`, `pattern`, `kind`): the format themes and
    /// signals share. Rejects unknown kinds and a pattern listed twice for the same label.
    static func termRows(of table: TSVTable, labelColumn: String) throws(LexiconError) -> [TermRow] {
        let labelIndex = try table.column(labelColumn)
        let patternIndex = try table.column("pattern")
        let kindIndex = try table.column("kind")
        var rows: [TermRow] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let label = row[labelIndex]
            if label.isEmpty { throw .malformed(file: table.file, line: row.line, reason: "empty \(labelColumn)") }
            let kindText = row[kindIndex].isEmpty ? "term" : row[kindIndex]
            guard let kind = ThemeTerm.Kind(rawValue: kindText) else {
                let kinds = ThemeTerm.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .malformed(
                    file: table.file, line: row.line, reason: "unknown kind '\(kindText)' (expected \(kinds))")
            }
            let pattern = try ThemePattern(
                parsing: row[patternIndex], accentSensitive: kind == .exact, file: table.file, line: row.line)
            let key = "\(label)\t\(kind == .exclude ? "exclude" : "match")\t\(pattern.elements)"
            if let first = seen[key] {
                throw .malformed(
                    file: table.file, line: row.line,
                    reason: "pattern '\(pattern.source)' for \(labelColumn) '\(label)' repeats line \(first)")
            }
            seen[key] = row.line
            rows.append(TermRow(label: label, pattern: pattern, kind: kind, line: row.line))
        }
        return rows
    }

    /// True for `delivery_delay`, `site-app`: the identifiers reports and journeys use.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
    }

    /// ` (did you mean 'x'?)` when a known name is within two edits of `name`, else empty.
    public static func suggestion(for name: String, among known: Set<String>) -> String {
        let best = known.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        return best.map { " (did you mean '\($0.0)'?)" } ?? ""
    }

    /// Levenshtein distance, for suggestions only (short identifiers).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
