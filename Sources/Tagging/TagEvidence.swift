/// Why a theme or signal was tagged: the words that matched and the lexicon row that matched them,
/// so that `explain` can answer "why is this filed under delivery?".
public struct TagEvidence: Sendable, Hashable {
    /// What the evidence is for.
    public enum Kind: String, Sendable, Hashable {
        case theme
        case signal
    }

    /// Theme or signal.
    public var kind: Kind
    /// Theme or signal id.
    public var label: String
    /// UTF-8 offsets of the matched words in the verbatim text.
    public var start: Int
    /// One past the last matched byte.
    public var end: Int
    /// The pattern as written in the lexicon (`retard ~ livraison`).
    public var pattern: String
    /// The lexicon row, `file:line`.
    public var origin: String

    /// Evidence for `label` at `start..<end`, matched by `pattern` from the row `origin`.
    public init(kind: Kind, label: String, start: Int, end: Int, pattern: String, origin: String) {
        self.kind = kind
        self.label = label
        self.start = start
        self.end = end
        self.pattern = pattern
        self.origin = origin
    }
}
