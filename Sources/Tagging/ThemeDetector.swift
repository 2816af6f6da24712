import Lexicons
import VerbatimModel

/// The theme rules of each language (both when the language is unknown) and how their matches
/// become theme occurrences.
///
/// Only themes the journey files under a touchpoint are looked for: the journey is the analyst's
/// scope, and it keeps terms that mean different things in different trades apart (`retard` is a
/// late parcel in e-commerce, a late train in transport). Overlapping matches keep the leftmost,
/// then longest one, so `retard de livraison` is a delivery delay and not also a delivery.
struct ThemeDetector: Sendable {
    /// One theme occurrence in a text.
    struct Occurrence: Sendable {
        /// Index into `themeIDs`.
        var theme: Int
        /// UTF-8 offsets of the first matched token and one past the last.
        var byteStart: Int
        var byteEnd: Int
        /// Index of the rule that matched in the matcher that found it.
        var rule: Int
    }

    /// Theme ids by label index.
    let themeIDs: [String]
    /// Rules of each language (both languages under `.unknown`), for the shared matcher.
    let rules: [Language: [PhraseMatcher.Rule]]

    init(lexicon: ThemeLexicon, scope: Set<String>) {
        var ids: [String] = []
        var labelOf: [String: Int] = [:]
        for theme in lexicon.themes where scope.contains(theme.id) {
            labelOf[theme.id] = ids.count
            ids.append(theme.id)
        }
        themeIDs = ids
        var rules: [Language: [PhraseMatcher.Rule]] = [:]
        for language in Language.allCases {
            rules[language] = lexicon.terms.compactMap { term in
                guard language == .unknown || term.language == language else { return nil }
                let label: Int
                if term.theme == "*" {
                    label = -1
                } else if let known = labelOf[term.theme] {
                    label = known
                } else {
                    return nil
                }
                return PhraseMatcher.Rule(
                    family: .theme, label: label, elements: term.pattern.elements, isExclusion: term.kind == .exclude,
                    origin: "\(term.file):\(term.line)", source: term.pattern.source)
            }
        }
        self.rules = rules
    }

    /// Theme occurrences among `matches`, in text order, overlaps resolved leftmost-longest (file
    /// order breaks ties).
    func occurrences(in matches: [PhraseMatcher.Match]) -> [Occurrence] {
        let sorted = matches.filter { $0.family == .theme }.sorted {
            ($0.first, $1.end - $1.first, $0.rule) < ($1.first, $0.end - $0.first, $1.rule)
        }
        var result: [Occurrence] = []
        var covered = 0
        for match in sorted where match.first >= covered {
            result.append(
                Occurrence(theme: match.label, byteStart: match.byteStart, byteEnd: match.byteEnd, rule: match.rule))
            covered = match.end
        }
        return result
    }
}
