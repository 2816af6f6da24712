import ArgumentParser

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        subcommands: [ScoreCommand.self, EvalCommand.self, ExplainCommand.self, LexiconCommand.self])
}
