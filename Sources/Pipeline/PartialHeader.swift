import Foundation
import VerbatimModel

/// What a partial (`verbatim analyze --partial`) says about itself before its unit results: the
/// format version, what shaped its results, the whole run's unit list and listing findings, and
/// which of those units it holds. JSON, because it is read once per partial and a person may
/// want to read it (`head -c 2000 part-0.partial`); the unit results after it are binary.
struct PartialHeader: Codable, Sendable, Equatable {
    /// One unit of the whole run's listing, in the run's order.
    struct Unit: Codable, Sendable, Hashable {
        var path: String
        /// The shard's byte range (`start..<end`), absent for a whole file.
        var start: Int?
        var end: Int?
        var size: Int

        init(_ place: UnitPlace) {
            path = place.relativePath
            start = place.byteRange?.lowerBound
            end = place.byteRange?.upperBound
            size = place.size
        }

        /// The unit as the ordered consumer counts it; a range whose ends are not in order is read as
        /// a whole file rather than trapping (the header is input data).
        var place: UnitPlace {
            let range = start.flatMap { start in end.flatMap { start <= $0 ? start..<$0 : nil } }
            return UnitPlace(relativePath: path, byteRange: range, size: size)
        }
    }

    /// A finding of the listing or of the set-up, as `errors.csv` will show it.
    struct Note: Codable, Sendable, Hashable {
        var source: String
        var position: String
        var reason: String
        var error: Bool
        var ordinal: Int

        init(_ finding: Finding) {
            source = finding.source
            position = finding.position
            reason = finding.reason
            error = finding.severity == .error
            ordinal = finding.ordinal
        }

        var finding: Finding {
            Finding(
                source: source, position: position, reason: reason, severity: error ? .error : .warning,
                ordinal: ordinal)
        }
    }

    /// Bumped whenever the header or the unit-result layout changes: a merge refuses other versions.
    static let currentVersion = 1

    var version = currentVersion
    /// Everything that shaped the unit results (`PartialShaping.units`): partials that differ here
    /// cannot be merged into one run's reports.
    var shaping: String
    /// What the merge must load the same way to finish the reports (`PartialShaping.reports`).
    var reportShaping: String
    /// The corpus folder as the partition runs saw it (the manifest's `corpus`).
    var corpus: String
    /// Every unit of the whole run, in its order (path order, shards in byte order).
    var units: [Unit]
    /// The set-up's findings (lexicon overlays, site profiles, speakers, mappings), then the listing's
    /// (walk, recognition, sharding): the first rows of `errors.csv`, the same in every partial.
    var setupFindings: [Note]
    var listingFindings: [Note]
    /// Indices into `units` of the results this partial holds, ascending.
    var analysed: [Int]
}
