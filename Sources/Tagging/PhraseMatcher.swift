import Lexicons

/// Finds token-sequence patterns in a text: the engine under theme and signal detection.
///
/// Rules are indexed by the head of their first element (its first three UTF-8 bytes packed in an
/// integer, `MatchText.head(of:)`; a leading `<number>` goes to a list of its own). A text costs one
/// integer-keyed look-up per token, shared by words and stems, plus a check of the few candidate
/// rules that start with those bytes, whatever the size of the lexicon.
struct PhraseMatcher: Sendable {
    /// What a rule reveals: one matcher runs theme and signal rules in a single pass.
    enum Family: Sendable, Hashable {
        case theme
        case signal
    }

    /// A pattern with the label it reveals (an index the owner maps to a theme or signal id).
    struct Rule: Sendable {
        var family: Family
        /// Label index within the family; `-1` for an exclusion that applies to every label of it.
        var label: Int
        var elements: [ThemePattern.Element]
        /// An exclusion cancels the matches of its label that overlap it.
        var isExclusion: Bool
        /// Where the rule comes from (`lexicons/themes/fr.tsv:120`) and its pattern as written,
        /// for `explain`.
        var origin: String = ""
        var source: String = ""
    }

    /// One occurrence of a rule in a text.
    struct Match: Sendable {
        /// Index of the rule, also its priority in ties (file order).
        var rule: Int
        var family: Family
        var label: Int
        /// First token and one past the last token of the occurrence.
        var first: Int
        var end: Int
        /// UTF-8 offsets of the first token and one past the last token in the text.
        var byteStart: Int
        var byteEnd: Int
    }

    let rules: [Rule]
    /// Rule indexes grouped by head, in file order within a group: `byHead` gives a group's range.
    /// A range is read without the retain and release a looked-up array costs for every token.
    private let candidates: [Int]
    private let byHead: [Int: Range<Int>]
    private var byNumber: Range<Int> { candidates.endIndex - numberRules..<candidates.endIndex }
    private let numberRules: Int
    /// The rules' elements compiled (`PhraseStep`), rule after rule; `stepRanges[rule]` gives a rule's.
    private let steps: [PhraseStep]
    private let stepRanges: [Range<Int>]
    /// The keys, stems and accented texts the steps name.
    private let strings: [String]

    init(rules: [Rule]) {
        self.rules = rules
        var steps: [PhraseStep] = []
        var stepRanges: [Range<Int>] = []
        var strings: [String] = []
        for rule in rules {
            let first = steps.endIndex
            steps += rule.elements.map { PhraseStep($0, strings: &strings) }
            stepRanges.append(first..<steps.endIndex)
        }
        self.steps = steps
        self.stepRanges = stepRanges
        self.strings = strings
        var groups: [Int: [Int]] = [:]
        var heads: [Int] = []
        var numbers: [Int] = []
        for (index, rule) in rules.enumerated() {
            switch rule.elements.first {
            case .word(let key), .accented(_, folded: let key), .prefix(let key):
                // A stem has at least `ThemePattern.minimumStem` letters, so its head is as long
                // as the head of every word it starts.
                let head = MatchText.head(of: key)
                if groups[head] == nil { heads.append(head) }
                groups[head, default: []].append(index)
            case .number:
                numbers.append(index)
            case .gap, nil:
                break  // ThemePattern rejects leading gaps and empty patterns.
            }
        }
        var candidates: [Int] = []
        var byHead: [Int: Range<Int>] = [:]
        for head in heads {
            let group = groups[head] ?? []
            byHead[head] = candidates.endIndex..<candidates.endIndex + group.count
            candidates += group
        }
        self.candidates = candidates + numbers
        self.byHead = byHead
        numberRules = numbers.count
    }

    /// True when no rule can ever match.
    var isEmpty: Bool { rules.isEmpty }

    /// Every occurrence of a non-exclusion rule that no exclusion of its label cancels, in text order.
    func matches(in text: MatchText) -> [Match] {
        var found: [Match] = []
        var exclusions: [Match] = []
        let items = text.items
        for position in items.indices where items[position].isWord {
            if let group = byHead[items[position].head] {
                collect(group, at: position, in: text, into: &found, exclusions: &exclusions)
            }
            if items[position].isNumber, numberRules > 0 {
                collect(byNumber, at: position, in: text, into: &found, exclusions: &exclusions)
            }
        }
        guard !exclusions.isEmpty else { return found }
        // An exclusion cancels the overlapping matches of its label that are not longer than it:
        // `de retour` cancels `retour` but not the more specific `étiquette de retour`.
        return found.filter { match in
            !exclusions.contains { exclusion in
                exclusion.family == match.family && (exclusion.label == -1 || exclusion.label == match.label)
                    && exclusion.first < match.end && match.first < exclusion.end
                    && match.end - match.first <= exclusion.end - exclusion.first
            }
        }
    }

    private func collect(
        _ range: Range<Int>, at position: Int, in text: MatchText, into found: inout [Match],
        exclusions: inout [Match]
    ) {
        for slot in range {
            let index = candidates[slot]
            // Fields read in place: a copy of the rule (its elements and two strings) cost a
            // retain and a release of each for every candidate of every token.
            let compiled = stepRanges[index]
            guard let end = self.end(from: compiled.lowerBound, to: compiled.upperBound, at: position, in: text)
            else { continue }
            let match = Match(
                rule: index, family: rules[index].family, label: rules[index].label, first: position, end: end,
                byteStart: text.items[position].start, byteEnd: text.items[end - 1].end)
            if rules[index].isExclusion {
                exclusions.append(match)
            } else {
                found.append(match)
            }
        }
    }

    /// One past the last token when `steps[step..<last]` match from token `position`, else nil.
    /// Gaps try the shortest skip first, so a match is as tight as possible.
    private func end(from step: Int, to last: Int, at position: Int, in text: MatchText) -> Int? {
        guard step < last else { return position }
        if steps[step].kind == .gap {
            var skip = 0
            while skip <= ThemePattern.maximumGap {
                let next = position + skip
                if let end = end(from: step + 1, to: last, at: next, in: text) { return end }
                guard next < text.items.count, text.items[next].isWord else { return nil }
                skip += 1
            }
            return nil
        }
        guard position < text.items.count, accepts(steps[step], token: position, in: text) else { return nil }
        return end(from: step + 1, to: last, at: position + 1, in: text)
    }

    private func accepts(_ step: PhraseStep, token: Int, in text: MatchText) -> Bool {
        guard text.items[token].isWord else { return false }
        switch step.kind {
        case .word:
            return text.items[token].head == step.head && text.items[token].key == strings[step.key]
        case .accented:
            // A hyphenated part has no raw text of its own: compare it folded.
            return text.items[token].head == step.head && text.items[token].key == strings[step.key]
                && (text.items[token].isPart || text.accentedText(at: token, is: strings[step.raw]))
        case .prefix:
            return text.items[token].head == step.head && text.items[token].key.hasPrefix(strings[step.key])
        case .number:
            return text.items[token].isNumber
        case .gap:
            return false
        }
    }
}
