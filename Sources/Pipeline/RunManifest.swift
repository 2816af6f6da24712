import Foundation
import Lexicons
import Reporting
import VerbatimModel

/// `manifest.json`: what a run read, with which lexicons, how long it took and what went wrong, so
/// that a report can be traced and two runs compared.
struct RunManifest {
    var configuration: AnalyzeConfiguration
    var summary: RunSummary
    var started: Date
    /// The generation folder the reports were written to (`ReportFolder`).
    var generation = ""

    /// Metric conventions, stated where the numbers are used (also in the README).
    static let conventions: [String: String] = [
        "nps":
            "100 x (share of 9-10 minus share of 0-6) over all responses with a 0-10 answer; moe95 = 1.96 x 100 x sqrt((p + d - (p - d)^2) / n)",
        "csat": "share of 4-5 answers on a 1-5 scale (top-two box), in %",
        "ces":
            "ces_mean on a 1-7 scale where 7 = very easy (5-point answers rescaled linearly); ces_easy_share = share of 5-7 of 7 (or 4-5 of 5), in %",
        "negative_share_low95": "Wilson score interval lower bound at 95 %",
        "impact": "100 x share of verbatims x negative_share_low95",
        "nps_impact": "NPS of all responses minus NPS without this row's responses (leave-one-out)",
        "sentiment": "lexicon-and-rules score in [-1, 1]; negative below -0.05, positive above 0.05",
    ]

    /// The manifest as pretty-printed JSON with sorted keys.
    func json() throws -> String {
        var object: [String: Any] = [
            "run_id": StableHash.hex(of: "\(started.timeIntervalSince1970)|\(configuration.corpus.path)"),
            "started": ISODate.format(started),
            "generation": generation,
            "seconds": (summary.seconds * 1000).rounded() / 1000,
            "corpus": configuration.corpus.path,
            "csv_dialect": configuration.dialect.name,
            "jobs": configuration.jobs,
            "inputs": [
                "files": summary.files,
                "units": summary.units,
                "bytes": summary.bytes,
                "formats": summary.formats,
            ],
            // How the run got its units' results (the history's cache, or anew), not what it found:
            // a warm run, a cold one and a merge of partials differ here only.
            "cache": [
                "reused_units": summary.reusedUnits,
                "analysed_units": summary.analysedUnits,
                "rebuild": configuration.rebuild,
            ],
            "verbatims": [
                "total": summary.verbatims,
                "by_channel": Dictionary(uniqueKeysWithValues: summary.byChannel.map { ($0.key.rawValue, $0.value) }),
                "by_language": Dictionary(uniqueKeysWithValues: summary.byLanguage.map { ($0.key.rawValue, $0.value) }),
                "score_only_responses": summary.scoreOnlyResponses,
            ],
            "skipped": Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.key.rawValue, $0.value) }),
            "findings": ["errors": summary.errors, "warnings": summary.warnings],
            "lexicons": [
                "path": configuration.lexicons.path,
                "content_hash": Self.contentHash(of: configuration.lexicons),
            ],
            "journey": [
                "path": configuration.journey?.path ?? "default",
                "content_hash": configuration.journey.map { Self.contentHash(of: $0) } ?? "",
            ],
            "conventions": Self.conventions,
            "people": people,
            "company": Self.company(summary.company),
        ]
        if !configuration.extraLexicons.isEmpty {
            object["extra_lexicons"] = configuration.extraLexicons.enumerated().map { index, extra in
                [
                    "path": extra.url.path, "content_hash": Self.contentHash(of: extra.url),
                    "overlay": index < summary.extraLexicons.count ? summary.extraLexicons[index] : "",
                ]
            }
        }
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One key per person across channels (issue 18): `merges` counts the readers' customer keys
    /// joined to another one; `shared_evidence_ignored` the evidence keys that linked too many.
    var people: [String: Int] {
        [
            "people": summary.people, "multi_channel": summary.multiChannelPeople, "merges": summary.personMerges,
            "shared_evidence_ignored": summary.sharedEvidence,
        ]
    }

    /// Whom the readers took for the company side and why, one entry per decision (role, speaker,
    /// reason) with the `verbatim-config.tsv` line that would overturn it and the input files it was
    /// taken in, sorted: same run, same bytes. Grouped by decision because one line of the
    /// configuration corrects it in every file, and because a nightly corpus of thousands of chats
    /// repeats a handful of decisions (one dictionary per file made the manifest a sixth of a
    /// chat-only run).
    static func company(_ byFile: [String: [CompanyAttribution]]) -> [[String: Any]] {
        var files: [CompanyAttribution: [String]] = [:]
        for (file, attributions) in byFile {
            for attribution in attributions { files[attribution, default: []].append(file) }
        }
        return files.keys.sorted().map { attribution in
            let paths = (files[attribution] ?? []).sorted()
            return [
                "role": attribution.role.rawValue, "speaker": attribution.speaker, "reason": attribution.reason,
                "override": attribution.override, "files": paths,
            ]
        }
    }

    /// FNV-1a over every regular file below `url` (or the file itself), in path order: the same
    /// lexicons give the same version string.
    static func contentHash(of url: URL) -> String {
        switch ContentFiles(url) {
        case .missing:
            return ""
        case .file(let file):
            return StableHash.hex(StableHash.value(of: (try? Data(contentsOf: file)) ?? Data()))
        case .folder(let files):
            var hash = StableHash.offsetBasis
            for (relativePath, file) in files {
                hash = StableHash.value(of: relativePath.utf8, seed: hash)
                hash = StableHash.value(of: (try? Data(contentsOf: file)) ?? Data(), seed: hash)
            }
            return StableHash.hex(hash)
        }
    }
}
