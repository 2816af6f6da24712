import Foundation
import Ingest
import Lexicons
import Reporting
import VerbatimModel

/// The fingerprints that decide whether partials can be merged: `units` covers everything that
/// shapes one unit's result (the incremental cache's shaping hash: executable, lexicons, journey,
/// third-party lexicons, corpus settings, mappings, ingest options with the inferred mailbox, the
/// key secret, limits, CSV dialect and personal-data masking, since rows are encoded in the unit
/// task; plus sharding); `reports` the part the merge itself loads to finish the reports. Built from
/// explicit fields, never from a `description` (dictionary order changes from one process to the next).
enum PartialShaping {
    /// The fingerprint of what shapes a unit's result in a run of `configuration` with `options`: the
    /// incremental cache's shaping hash (`UnitCacheShaping`, which covers the executable too, so that
    /// every executor must run the same build), the partial format and the unit split.
    static func units(_ configuration: AnalyzeConfiguration, options: IngestOptions) -> String {
        let fields = [
            "partial \(PartialHeader.currentVersion)",
            "reports \(reports(configuration))",
            "shard-bytes \(configuration.shardBytes)",
            "units \(UnitCacheShaping.hash(configuration, options: options) ?? "executable unreadable")",
        ]
        return StableHash.hex(of: fields.joined(separator: "\n"))
    }

    /// The fingerprint of what the merge loads itself: lexicons, journey, third-party lexicons, and the
    /// CSV dialect and masking of the rows it encodes for e-mail replies released at the end.
    static func reports(_ configuration: AnalyzeConfiguration) -> String {
        var fields = [
            "lexicons \(RunManifest.contentHash(of: configuration.lexicons))",
            "journey \(configuration.journey.map { RunManifest.contentHash(of: $0) } ?? "default")",
            "csv \(configuration.dialect.name)",
            "keep-personal-data \(configuration.keepPersonalData)",
        ]
        fields += configuration.extraLexicons.map { extra in
            let language = extra.language.map { "\($0.rawValue)" } ?? "-"
            let format = extra.format?.rawValue ?? "-"
            return "extra \(language) \(format) \(RunManifest.contentHash(of: extra.url))"
        }
        return StableHash.hex(of: fields.joined(separator: "\n"))
    }
}
