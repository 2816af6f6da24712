/// Case- and accent-insensitive whole-word matching of speaker names against role patterns, so that
/// `Conseillère Julie`, `CONSEILLERE` and `conseillere-julie` all match the pattern `Conseillère`.
struct ChatNameMatcher: Sendable, Hashable {
    private let patterns: [[String]]

    init(_ patterns: [String]) {
        self.patterns = patterns.map(Self.words).filter { !$0.isEmpty }
    }

    /// True when the words of some pattern occur consecutively among the words of `name`.
    func matches(_ name: String) -> Bool {
        match(in: name) != nil
    }

    /// The part of `name` that carries the first matching pattern, as written: the whole bracketed
    /// or parenthesised label when the match lies inside one (`Julie (Service Après-Vente)` →
    /// `Service Après-Vente`), else the matching words (`Agent Tom` → `Agent`); nil when none matches.
    func match(in name: String) -> String? {
        let nameWords = Self.words(name)
        guard !nameWords.isEmpty else { return nil }
        for pattern in patterns where pattern.count <= nameWords.count {
            for start in 0...(nameWords.count - pattern.count)
            where nameWords[start..<start + pattern.count].elementsEqual(pattern) {
                return Self.label(in: name, words: start..<start + pattern.count, folded: pattern)
            }
        }
        return nil
    }

    /// Like `match(in:)`, but only where the name marks the words as a label rather than as part of
    /// a person's or company's name: the whole name (`Support`), its first words followed by a name
    /// (`Agent Tom`, `Conseillère Julie`), words in brackets (`Julie (Service Après-Vente)`, `Julie
    /// <SAV>`) or after a separator (`Nina - Customer Care`, `Paul | SAV`, `Kim, customer service`).
    /// `Sophie Agent Immobilier` and `Marc Conseiller Patrimoine` carry none: B2B customers sign
    /// with their trade.
    func markedMatch(in name: String) -> String? {
        let nameWords = Self.words(name)
        let written = name.split { !$0.isLetter && !$0.isNumber }
        guard !nameWords.isEmpty else { return nil }
        for pattern in patterns where pattern.count <= nameWords.count {
            for start in 0...(nameWords.count - pattern.count)
            where nameWords[start..<start + pattern.count].elementsEqual(pattern) {
                let range = start..<start + pattern.count
                guard start == 0 || Self.isMarked(name, written: written, words: range) else { continue }
                return Self.label(in: name, words: range, folded: pattern)
            }
        }
        return nil
    }

    /// The pattern that is the whole of `name` (`System`, `[Info]`, `userX`), as written; nil when
    /// the name holds other words too (`Garage Info Dupont` is a customer).
    func wholeMatch(in name: String) -> String? {
        let nameWords = Self.words(name)
        guard !nameWords.isEmpty, patterns.contains(nameWords) else { return nil }
        return name.trimmingSpaces
    }

    /// Whether the written words `range` of `name` sit in brackets or right after a separator.
    private static func isMarked(_ name: String, written: [Substring], words range: Range<Int>) -> Bool {
        // Folding may split a word differently from the written name: then nothing is marked.
        guard written.count >= range.upperBound, range.lowerBound > 0 else { return false }
        let start = written[range.lowerBound].startIndex
        let end = written[range.upperBound - 1].endIndex
        let before = name[written[range.lowerBound - 1].endIndex..<start]
        if before.contains(where: { "([<|,–—/:·".contains($0) }) { return true }
        if before.contains("-") && before.contains(" ") { return true }
        for (open, close) in [("(", ")"), ("[", "]"), ("<", ">")] {
            if let opening = name[..<start].lastIndex(of: Character(open)),
                !name[opening..<start].contains(Character(close)), name[end...].contains(Character(close))
            {
                return true
            }
        }
        return false
    }

    /// Lowercased words without diacritics; letters and digits only.
    static func words(_ text: String) -> [String] {
        fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Lowercased, diacritics removed (see `CaseFolding.fold`).
    static func fold(_ text: String) -> String {
        CaseFolding.fold(text)
    }

    /// `text` folded for phrase matching: `fold`, typographic apostrophes made `'` (phones write
    /// `group’s`), direction marks dropped (WhatsApp for iOS opens notices with U+200E), trimmed.
    static func foldText(_ text: String) -> String {
        let folded = fold(text)
        guard folded.unicodeScalars.contains(where: { $0.value == 0x2019 || $0.value == 0x200E || $0.value == 0x200F })
        else { return folded.trimmingSpaces }
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.value != 0x200E && scalar.value != 0x200F {
            scalars.append(scalar.value == 0x2019 ? "'" : scalar)
        }
        return String(scalars).trimmingSpaces
    }

    /// The written words `range` of `name`, widened to the bracketed group holding them.
    private static func label(in name: String, words range: Range<Int>, folded: [String]) -> String {
        let written = name.split { !$0.isLetter && !$0.isNumber }
        guard written.count > range.upperBound - 1, let first = written[range].first, let last = written[range].last
        else { return folded.joined(separator: " ") }
        let span = first.startIndex..<last.endIndex
        for (open, close) in [("(", ")"), ("[", "]")] {
            guard let opening = name[..<span.lowerBound].lastIndex(of: Character(open)),
                let closing = name[span.upperBound...].firstIndex(of: Character(close)),
                !name[name.index(after: opening)..<span.lowerBound].contains(Character(close))
            else { continue }
            return String(name[name.index(after: opening)..<closing]).trimmingSpaces
        }
        return String(name[span])
    }
}
