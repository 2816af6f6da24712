import VerbatimModel

/// STUB: to be implemented.
enum ChatJSONReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        IngestOutput(format: "stub")
    }
}
