import Foundation
import Ingest
import Lexicons
import Reporting
import VerbatimModel

/// The fingerprints that decide whether partials can be merged: `units` covers everything that
/// shapes one unit's result (lexicons, journey, third-party lexicons, corpus settings, mappings,
/// ingest options with the inferred mailbox, the key secret, limits, sharding, CSV dialect and
/// personal-data masking, since rows are encoded in the unit task); `reports` the part the merge
/// itself loads to finish the reports. Built from sorted, explicit fields, never from a
/// `description` (dictionary order changes from one process to the next).
enum PartialShaping {
    /// The fingerprint of what shapes a unit's result in a run of `configuration` with `options`.
    static func units(_ configuration: AnalyzeConfiguration, options: IngestOptions) -> String {
        let corpusSettings = configuration.corpus.appendingPathComponent(CorpusConfiguration.fileName)
        var fields = [
            "partial \(PartialHeader.currentVersion)",
            "reports \(reports(configuration))",
            "corpus-settings \(RunManifest.contentHash(of: corpusSettings))",
            "chat-mapping \(configuration.chatMapping.map { RunManifest.contentHash(of: $0) } ?? "-")",
            "survey-mapping \(configuration.surveyMapping.map { RunManifest.contentHash(of: $0) } ?? "-")",
            "company-domains \(options.companyDomains.sorted().joined(separator: ","))",
            "customer-key \(StableHash.hex(of: options.customerKeySecret))",
            "limits \(options.limits.maxFileSize) \(options.limits.maxLineLength)",
            "shard-bytes \(configuration.shardBytes)",
        ]
        fields += options.mailbox.domains.map {
            "mailbox \($0.domain) \($0.received) \($0.correspondents) \($0.answered) \($0.messages)"
        }
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
