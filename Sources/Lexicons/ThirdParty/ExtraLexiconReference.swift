public import Foundation
public import VerbatimModel

/// A third-party lexicon named on the command line: `PATH`, optionally prefixed with a language and/or
/// a format (`fr:PATH`, `nrc:PATH`, `fr:nrc:PATH`), which override detection.
public struct ExtraLexiconReference: Sendable, Hashable {
    /// The path as given (without prefixes), used to name the file in messages.
    public var source: String
    /// The file to read.
    public var url: URL
    /// Language override; `nil`: the format's published language.
    public var language: Language?
    /// Format override; `nil`: detected from the first lines.
    public var format: ThirdPartyFormat?

    /// A file with explicit overrides (`nil`: detect).
    public init(path: String, language: Language? = nil, format: ThirdPartyFormat? = nil) {
        self.source = path
        self.url = URL(fileURLWithPath: path)
        self.language = language
        self.format = format
    }

    /// Parses one `--extra-lexicon` argument; `defaultFormat` (from `--extra-lexicon-format`) applies
    /// when the argument has no format prefix. Only `fr`, `en`, `vader`, `feel` and `nrc` are
    /// prefixes, so an ordinary path is never cut.
    public init(argument: String, defaultFormat: ThirdPartyFormat? = nil) {
        var rest = Substring(argument)
        var language: Language?
        var format: ThirdPartyFormat?
        while let colon = rest.firstIndex(of: ":") {
            let prefix = rest[..<colon].lowercased()
            if language == nil, prefix == "fr" || prefix == "en", let tag = Language(tag: prefix) {
                language = tag
            } else if format == nil, let named = ThirdPartyFormat(rawValue: prefix) {
                format = named
            } else {
                break
            }
            rest = rest[rest.index(after: colon)...]
        }
        self.init(path: String(rest), language: language, format: format ?? defaultFormat)
    }
}
