import ArgumentParser

/// `verbatim`: customer verbatims in, CX hot-spot tables out.
@main
struct VerbatimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Turn raw customer verbatims into per-touchpoint CX hot-spot tables.",
        subcommands: [
            AnalyzeCommand.self, ScoreCommand.self, EvalCommand.self, EvalAspectsCommand.self, ExplainCommand.self,
            LexiconCommand.self, MergeCommand.self,
        ]
    )
}
