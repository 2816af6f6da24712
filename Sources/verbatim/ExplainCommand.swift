import ArgumentParser
import Pipeline
import VerbatimModel

/// `verbatim explain "TEXT"`: why a text scored as it did.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract:
            "Show each token's contribution (valence, negation, intensifier, clause weight), the clauses and the score."
    )

    @Argument(help: "The text to explain.")
    var text: String

    @Option(name: .long, help: "Language: fr or en (default: identified from the text).")
    var lang: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let language = lang.flatMap { Language(tag: $0) } ?? .unknown
        print(try lexiconOptions.analyzer().explain(text, language: language), terminator: "")
    }
}
