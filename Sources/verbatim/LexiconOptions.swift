import ArgumentParser
import Foundation

/// `--lexicons DIR`, shared by the sentiment subcommands (default `./lexicons`).
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: "Lexicon folder (fr/, en/, common/). Default: ./lexicons")
    var lexicons: String = "lexicons"

    var url: URL { URL(fileURLWithPath: lexicons, isDirectory: true) }
}
