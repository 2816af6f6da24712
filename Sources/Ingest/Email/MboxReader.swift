import VerbatimModel

/// STUB: to be implemented.
enum MboxReader {
    static func read(_ bytes: [UInt8], path: String, ordinalBase: Int, options: IngestOptions) -> IngestOutput {
        IngestOutput(format: "stub")
    }
}
