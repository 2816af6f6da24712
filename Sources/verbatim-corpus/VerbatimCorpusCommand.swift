@main
enum VerbatimCorpusCommand {
    static func main() {}
}
