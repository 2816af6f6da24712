/// The sentiment of one clause of a verbatim.
///
/// Offsets are UTF-8 byte offsets into `Verbatim.text`, so that a report or `explain` can quote the
/// evidence and so that theme tagging can give a theme the sentiment of the clause that mentions it.
public struct ClauseScore: Sendable, Hashable {
    /// First UTF-8 byte of the clause in the verbatim text.
    public var start: Int
    /// One past the last UTF-8 byte of the clause.
    public var end: Int
    /// Clause sentiment in -1…1.
    public var score: Double
    /// Weight of the clause in the verbatim score (contrast, conditionals, questions change it).
    public var weight: Double

    public init(start: Int, end: Int, score: Double, weight: Double) {
        self.start = start
        self.end = end
        self.score = score
        self.weight = weight
    }
}
