import ArgumentParser
import Foundation
import Lexicons
import Pipeline
import VerbatimModel

/// `--extra-lexicon [fr:|en:][vader:|feel:|nrc:]PATH` (repeatable) and `--extra-lexicon-format`:
/// third-party lexicons read at run time, shared by `analyze`, `score`, `eval`, `explain` and
/// `lexicon stats`.
struct ExtraLexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("extra-lexicon"),
        help: ArgumentHelp(
            "A third-party lexicon (VADER vader_lexicon.txt, FEEL CSV or NRC EmoLex word-level) filling the gaps "
                + "of ours; repeatable. Format and language are detected; prefix fr: or en: to set the language.",
            valueName: "[fr:|en:]PATH"))
    var paths: [String] = []

    @Option(
        name: .customLong("extra-lexicon-format"),
        help: ArgumentHelp("Format of the --extra-lexicon files instead of detecting it.", valueName: "vader|feel|nrc"))
    var format: String?

    func validate() throws {
        if let format, ThirdPartyFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--extra-lexicon-format must be one of: vader, feel, nrc (not '\(format)').")
        }
    }

    /// The files named, with their overrides.
    var references: [ExtraLexiconReference] {
        let defaultFormat = format.flatMap { ThirdPartyFormat(rawValue: $0.lowercased()) }
        return paths.map { ExtraLexiconReference(argument: $0, defaultFormat: defaultFormat) }
    }

    /// Reads every file; one that cannot be read (or whose format cannot be told) ends the command
    /// with its message and exit status 4, as a broken lexicon folder ends `analyze`.
    func load() throws -> [ThirdPartyLexicon] {
        var lexicons: [ThirdPartyLexicon] = []
        for reference in references {
            do {
                lexicons.append(try ThirdPartyLexicon(reference))
            } catch {
                printError("verbatim: \(error)")
                throw ExitCode(RunSummary.fatalExitStatus)
            }
        }
        return lexicons
    }

    /// Tells on standard error what each file added and which lines were skipped (the first few).
    static func report(_ overlays: [ThirdPartyOverlay], findingsShown: Int = 5) {
        for overlay in overlays {
            printError("verbatim: extra lexicon \(overlay.summary)")
            for finding in overlay.findings.prefix(findingsShown) {
                printError("  \(finding.source): \(finding.position): \(finding.reason)")
            }
            if overlay.findings.count > findingsShown {
                printError("  … and \(overlay.findings.count - findingsShown) more bad lines")
            }
        }
    }
}
