import ArgumentParser
import Foundation
import Pipeline
import Scoring

/// `verbatim score [FILE|-]`: TSV (`text`, optional `id`, `lang`) in, scored TSV out, streaming.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a TSV of texts: header with a 'text' column (optional 'id', 'lang') in; "
            + "'id lang score label themes emotions' out, streaming.")

    @Argument(help: "Input TSV file, or - for standard input.")
    var file: String = "-"

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(name: .long, help: "Leave the emotions column empty (faster).")
    var noEmotions = false

    @Flag(name: .long, help: "Fill the themes column (theme:sentiment|…); it stays empty otherwise, theme detection costs time.")
    var themes = false

    func run() throws {
        let scorer = try lexiconOptions.scorer()
        let input: Int32
        if file == "-" {
            input = 0
        } else {
            input = open(file, O_RDONLY)
            guard input >= 0 else { throw ValidationError("cannot open \(file)") }
        }
        defer { if input != 0 { close(input) } }
        let stream = try ScoreStream(
            scorer: scorer, withEmotions: !noEmotions, themeLexicons: themes ? lexiconOptions.url : nil)
        try stream.run(input: input, output: 1)
    }
}
