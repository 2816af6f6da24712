import ArgumentParser

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verbatim")
}
