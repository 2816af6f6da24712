import ArgumentParser
import Foundation
import Lexicons
import Scoring

/// `--lexicons DIR`, shared by the sentiment subcommands (default `./lexicons`), with the
/// third-party lexicons of `ExtraLexiconOptions`.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Lexicon folder (fr/, en/, common/). Default: ./lexicons, $VERBATIM_LEXICONS, else the one beside the executable."
    )
    var lexicons: String?

    @OptionGroup var extra: ExtraLexiconOptions

    var url: URL { LexiconFolder.resolve(explicit: lexicons) }

    /// The scorer over our lexicons and the extra ones (what each extra file added goes to stderr).
    func scorer() throws -> SentimentScorer {
        let extras = try extra.load()
        guard !extras.isEmpty else { return try SentimentScorer(lexiconDirectory: url) }
        let loaded = try SentimentScorer.loading(lexiconDirectory: url, extraLexicons: extras)
        ExtraLexiconOptions.report(loaded.overlays)
        return loaded.scorer
    }
}
