import Crypto
import Foundation
import Ingest
import Lexicons
import Reporting
import VerbatimModel

/// The shaping hash of the incremental cache (`UnitCache`) and of partials (`PartialShaping`): SHA-256 over everything besides a unit's
/// own bytes that can change its result. A change to any of them re-analyses every unit.
///
/// What goes in, and why: the archive version; the running executable's bytes (a code change must
/// not reuse results of the old code); every file of the lexicon folder (lexicons, journeys, site
/// profiles, speaker lists); the journey file; the corpus settings (`verbatim-config.tsv`); the
/// chat and survey mappings; the extra lexicons; and the ingest and report options that act on a
/// unit: company domains, the customer-key secret, the inferred mailbox (it decides who is the
/// company in every e-mail), the limits, the CSV dialect and `--keep-personal-data` (rows are
/// encoded in the unit task).
enum UnitCacheShaping {
    /// `nil` when the running executable cannot be read: without it a code change could reuse stale
    /// results, so the run does without the cache.
    static func hash(_ configuration: AnalyzeConfiguration, options: IngestOptions) -> String? {
        guard let executableHash else { return nil }
        var hash = SHA256()
        func add(_ text: String) {
            hash.update(data: Array(text.utf8))
            hash.update(data: [0x1F])
        }
        add("unit-archive \(UnitArchive.version)")
        add(executableHash)
        for url in [
            configuration.lexicons, configuration.journey, configuration.chatMapping, configuration.surveyMapping,
        ] {
            add(url.map { contents(of: $0, hash: &hash) } ?? "-")
        }
        add(contents(of: configuration.corpus.appendingPathComponent(CorpusConfiguration.fileName), hash: &hash))
        for extra in configuration.extraLexicons {
            add("\(extra.source)|\(extra.language?.rawValue ?? "")|\(extra.format.map { "\($0)" } ?? "")")
            add(contents(of: extra.url, hash: &hash))
        }
        add(options.companyDomains.joined(separator: ","))
        add(options.customerKeySecret)
        // Explicit fields, never a `description`: a dictionary's order changes from one process to the next.
        for inferred in options.mailbox.domains {
            add(
                "mailbox \(inferred.domain) \(inferred.received) \(inferred.correspondents) \(inferred.answered) \(inferred.messages)"
            )
        }
        add("\(options.limits.maxFileSize) \(options.limits.maxLineLength)")
        add(configuration.dialect.name)
        add(configuration.keepPersonalData ? "keep" : "mask")
        return UnitCache.hex(hash.finalize())
    }

    /// Adds every regular file below `url` (or the file itself), names and bytes in path order, to
    /// `hash`; returns a marker of what was found (a missing file differs from an empty one).
    private static func contents(of url: URL, hash: inout SHA256) -> String {
        switch ContentFiles(url) {
        case .missing:
            return "missing"
        case .file(let file):
            hash.update(data: (try? Data(contentsOf: file)) ?? Data("unreadable".utf8))
            return "file"
        case .folder(let files):
            for (relativePath, file) in files {
                hash.update(data: Array(relativePath.utf8) + [0])
                hash.update(data: (try? Data(contentsOf: file)) ?? Data("unreadable".utf8))
            }
            return "folder \(files.count)"
        }
    }

    /// SHA-256 of the running executable, computed once per process (a test process runs many runs).
    static let executableHash: String? = {
        let url = URL(fileURLWithPath: "/proc/self/exe")
        let executable = (try? Data(contentsOf: url)) ?? Bundle.main.executableURL.flatMap { try? Data(contentsOf: $0) }
        return executable.map { UnitCache.hex(SHA256.hash(data: $0)) }
    }()
}
