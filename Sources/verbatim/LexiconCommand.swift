import ArgumentParser
import Foundation
import Lexicons
import VerbatimModel

/// `verbatim lexicon stats`: sizes of the sentiment lexicons per file and language.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "Inspect the lexicons.", subcommands: [Stats.self])

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rows per lexicon file and language.")

        @OptionGroup var lexiconOptions: LexiconOptions

        func run() throws {
            let extras = try lexiconOptions.extra.load()
            for language in [Language.fr, .en] {
                var lexicon = try SentimentLexicon(directory: lexiconOptions.url, language: language)
                var total = 0
                print("\(language.rawValue):")
                for (file, rows) in lexicon.rowCounts {
                    print("  \(file.padding(toLength: 28, withPad: " ", startingAt: 0)) \(rows)")
                    total += rows
                }
                print("  \("total rows".padding(toLength: 28, withPad: " ", startingAt: 0)) \(total)")
                let overlays = extras.filter { $0.language == language }.map { lexicon.overlay($0) }
                ExtraLexiconStats(overlays: overlays).print()
                print("  \("distinct words".padding(toLength: 28, withPad: " ", startingAt: 0)) \(lexicon.wordCount)")
                print(
                    "  \("distinct expressions".padding(toLength: 28, withPad: " ", startingAt: 0)) \(lexicon.phraseCount)"
                )
            }
        }
    }
}
