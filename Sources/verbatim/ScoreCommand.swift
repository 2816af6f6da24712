import ArgumentParser
import Foundation
import Pipeline

/// `verbatim score [FILE|-]`: TSV (`text`, optional `id`, `lang`) in, scored TSV out, streaming, each
/// row analysed as `analyze` analyses a verbatim. A file that cannot be read ends with exit status 1.
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

    @Flag(
        name: .long,
        help: "Fill the themes column (theme:sentiment|…); it stays empty otherwise, theme detection costs time.")
    var themes = false

    func run() throws {
        let analyzer = try lexiconOptions.analyzer()
        let input: Int32
        if file == "-" {
            input = 0
        } else {
            input = open(file, O_RDONLY)
            // The system's reason, as for a read error (`cannot read FILE: No such file or directory`).
            guard input >= 0 else {
                throw TextTableError.unreadable(file: file, reason: String(cString: strerror(errno)))
            }
        }
        defer { if input != 0 { close(input) } }
        let stream = ScoreStream(analyzer: analyzer, withEmotions: !noEmotions, withThemes: themes)
        try stream.run(input: input, name: file == "-" ? "standard input" : file, output: 1)
    }
}
