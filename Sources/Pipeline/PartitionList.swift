public import Foundation

/// The `--only` file of a partition run (`verbatim analyze --partial`): corpus-relative paths, one a
/// line, `/`-separated as `inputs.csv` shows them; blank lines are ignored and a Windows line end
/// is one.
public enum PartitionList {
    /// The list cannot be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "cannot read the partition list \(path) (missing, or not UTF-8)" }
    }

    /// The paths listed in the file at `url`.
    public static func read(_ url: URL) throws -> Set<String> {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Unreadable(path: url.path) }
        return parse(text)
    }

    /// The paths listed in `text`.
    public static func parse(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty })
    }
}
