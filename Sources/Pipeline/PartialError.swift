/// Why partials cannot be written or merged. Each message names the file, and what to do.
public enum PartialError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file cannot be opened, read or written.
    case unreadable(file: String, reason: String)
    /// The file does not start as a partial does.
    case notAPartial(file: String)
    /// Written by another format version of `verbatim`.
    case version(file: String, found: Int)
    /// The file ends before what its header announces (a copy cut short, a disk full).
    case truncated(file: String)
    /// A length or a unit result that cannot be what the writer wrote.
    case corrupt(file: String, reason: String)
    /// Two partials were made with different lexicons, journey, options or corpus settings.
    case shaping(file: String, other: String)
    /// The merge's own lexicons, journey, dialect or masking differ from the partials'.
    case reportShaping(file: String)
    /// Two partials come from different corpus listings (another corpus, or files added meanwhile).
    case listing(file: String, other: String)
    /// A unit of the run is in no partial, or in two.
    case missingUnit(path: String)
    case duplicateUnit(path: String, files: [String])
    /// `merge` was given no partial.
    case noPartial

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): \(reason)"
        case .notAPartial(let file): return "\(file): not a partial of verbatim analyze --partial"
        case .version(let file, let found):
            return "\(file): partial format version \(found), this verbatim reads version "
                + "\(PartialHeader.currentVersion): make the partials again with this binary"
        case .truncated(let file): return "\(file): truncated partial (the file ends before its last unit result)"
        case .corrupt(let file, let reason): return "\(file): damaged partial (\(reason))"
        case .shaping(let file, let other):
            return "\(file) and \(other) were made with different lexicons, journey, options or corpus "
                + "settings: partials of one merge must come from one configuration"
        case .reportShaping(let file):
            return "\(file) was made with other lexicons, journey, --extra-lexicon, --csv or "
                + "--keep-personal-data than this merge: give merge the options of the partition runs"
        case .listing(let file, let other):
            return "\(file) and \(other) list different corpus files: partials of one merge must come "
                + "from one corpus, unchanged between the partition runs"
        case .missingUnit(let path): return "\(path) is in no partial: a partition is missing"
        case .duplicateUnit(let path, let files):
            return "\(path) is in more than one partial (\(files.joined(separator: ", "))): partitions overlap"
        case .noPartial: return "no partial to merge"
        }
    }
}
