import Lexicons
import VerbatimModel

/// Finds the themes of a text with the terms of one language (both when the language is unknown).
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
        /// Index of the rule that matched, in `rules(for:)` of the language.
        var rule: Int
    }

    /// Theme ids by label index.
    let themeIDs: [String]
    private let matchers: [Language: PhraseMatcher]

    init(lexicon: ThemeLexicon, scope: Set<String>) {
        var ids: [String] = []
        var labelOf: [String: Int] = [:]
        for theme in lexicon.themes where scope.contains(theme.id) {
            labelOf[theme.id] = ids.count
            ids.append(theme.id)
        }
        themeIDs = ids
        var matchers: [Language: PhraseMatcher] = [:]
        for language in Language.allCases {
            let rules: [PhraseMatcher.Rule] = lexicon.terms.compactMap { term in
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
                    label: label, elements: term.pattern.elements, isExclusion: term.kind == .exclude,
                    origin: "\(term.file):\(term.line)", source: term.pattern.source)
            }
            matchers[language] = PhraseMatcher(rules: rules)
        }
        self.matchers = matchers
    }

    /// The rule behind an occurrence found with `language`.
    func rule(_ index: Int, language: Language) -> PhraseMatcher.Rule? {
        guard let matcher = matchers[language] ?? matchers[.unknown], matcher.rules.indices.contains(index) else {
            return nil
        }
        return matcher.rules[index]
    }

    /// Theme occurrences in text order, overlaps resolved leftmost-longest (file order breaks ties).
    func occurrences(in text: MatchText, language: Language) -> [Occurrence] {
        guard let matcher = matchers[language] ?? matchers[.unknown] else { return [] }
        let matches = matcher.matches(in: text).sorted {
            ($0.first, $1.end - $1.first, $0.rule) < ($1.first, $0.end - $0.first, $1.rule)
        }
        var result: [Occurrence] = []
        var covered = 0
        for match in matches where match.first >= covered {
            result.append(
                Occurrence(theme: match.label, byteStart: match.byteStart, byteEnd: match.byteEnd, rule: match.rule))
            covered = match.end
        }
        return result
    }
}
