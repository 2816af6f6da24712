import Foundation

/// The folding used for every lexicon look-up key.
public enum TextFolding {
    /// Lowercases, removes diacritics and folds typographic apostrophes to `'`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
