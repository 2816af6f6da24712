import ArgumentParser
import Foundation
import Scoring

/// `--lexicons DIR`, shared by the sentiment subcommands (default `./lexicons`), with the
/// third-party lexicons of `ExtraLexiconOptions`.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: "Lexicon folder (fr/, en/, common/). Default: ./lexicons")
    var lexicons: String = "lexicons"

    @OptionGroup var extra: ExtraLexiconOptions

    var url: URL { URL(fileURLWithPath: lexicons, isDirectory: true) }

    /// The scorer over our lexicons and the extra ones (what each extra file added goes to stderr).
    func scorer() throws -> SentimentScorer {
        let extras = try extra.load()
        guard !extras.isEmpty else { return try SentimentScorer(lexiconDirectory: url) }
        let loaded = try SentimentScorer.loading(lexiconDirectory: url, extraLexicons: extras)
        ExtraLexiconOptions.report(loaded.overlays)
        return loaded.scorer
    }
}
