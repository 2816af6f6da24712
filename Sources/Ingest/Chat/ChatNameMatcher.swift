import Foundation

/// Case- and accent-insensitive whole-word matching of speaker names against role patterns, so that
/// `Conseillère Julie`, `CONSEILLERE` and `conseillere-julie` all match the pattern `Conseillère`.
struct ChatNameMatcher: Sendable {
    private let patterns: [[String]]

    init(_ patterns: [String]) {
        self.patterns = patterns.map(Self.words).filter { !$0.isEmpty }
    }

    /// True when the words of some pattern occur consecutively among the words of `name`.
    func matches(_ name: String) -> Bool {
        let nameWords = Self.words(name)
        guard !nameWords.isEmpty else { return false }
        for pattern in patterns where pattern.count <= nameWords.count {
            for start in 0...(nameWords.count - pattern.count)
            where nameWords[start..<start + pattern.count].elementsEqual(pattern) {
                return true
            }
        }
        return false
    }

    /// Lowercased words without diacritics; letters and digits only.
    static func words(_ text: String) -> [String] {
        fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Lowercased, diacritics removed (canonical decomposition, combining marks dropped).
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}
