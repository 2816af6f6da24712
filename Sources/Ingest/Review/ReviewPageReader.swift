import VerbatimModel

/// STUB: to be implemented.
enum ReviewPageReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        IngestOutput(format: "stub")
    }
    /// Initialises libxml2 once, before parallel parsing.
    static func prepare() {}
}
