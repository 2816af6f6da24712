/// A lexicon or journey file that cannot be used, located precisely so an analyst can fix it.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// A line is wrong; `line` is 1-based.
    case malformed(file: String, line: Int, reason: String)

    /// `file:line: what is wrong`, the form compilers use, so editors can jump to it.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): \(reason)"
        case .malformed(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
