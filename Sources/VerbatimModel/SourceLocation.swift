/// Where a verbatim or a finding comes from: a file relative to the corpus root and a position in it.
///
/// `ordinal` orders records inside one file (message number, row number, review number) so that the
/// pipeline can sort by `(path, ordinal)` and produce the same bytes whatever the thread count;
/// `position` is the human-readable form written to the reports (`line 12`, `message 3`, `row 40`).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path relative to the corpus root, with `/` separators.
    public var path: String
    /// Order of the record inside its file; ties are broken by `position`.
    public var ordinal: Int
    /// Human-readable position such as `line 12` or `message 3, line 40`.
    public var position: String

    public init(path: String, ordinal: Int, position: String) {
        self.path = path
        self.ordinal = ordinal
        self.position = position
    }

    /// `path:position`, the form used in the `source` column of `verbatims.csv`.
    public var description: String { position.isEmpty ? path : "\(path):\(position)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.ordinal != rhs.ordinal { return lhs.ordinal < rhs.ordinal }
        return lhs.position < rhs.position
    }
}
