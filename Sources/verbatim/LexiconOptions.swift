import ArgumentParser
import Foundation
import Lexicons
import Pipeline

/// `--lexicons DIR`, shared by the sentiment subcommands (default `./lexicons`), with the
/// third-party lexicons of `ExtraLexiconOptions`.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "Lexicon folder (fr/, en/, common/). Default: ./lexicons, $VERBATIM_LEXICONS, else the one beside the executable."
    )
    var lexicons: String?

    @OptionGroup var extra: ExtraLexiconOptions

    var url: URL { LexiconFolder.resolve(explicit: lexicons) }

    /// The analyser over our lexicons, the extra ones and the journey `journey` (default: the
    /// e-commerce journey); what each extra file added goes to stderr.
    func analyzer(journey: URL? = nil) throws -> VerbatimAnalyzer {
        let analyzer = try VerbatimAnalyzer(lexicons: url, journey: journey, loadedExtraLexicons: extra.load())
        ExtraLexiconOptions.report(analyzer.extraLexiconOverlays)
        return analyzer
    }
}
