public import VerbatimModel

/// Tells French from English. STUB: to be implemented.
public enum LanguageIdentifier {
    /// The language of `text`; `declared` wins when the text is too short to tell.
    public static func identify(_ text: String, declared: Language? = nil) -> Language {
        declared ?? .unknown
    }
}
