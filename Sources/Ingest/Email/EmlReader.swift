import VerbatimModel

/// Reads one RFC 5322 message: an `.eml` file or a Maildir `cur/`/`new/` file, and the messages
/// embedded in it (see `MessageTreeReader`).
enum EmlReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "eml")
        let location = SourceLocation(path: path, ordinal: 0, position: "")
        MessageTreeReader.read(bytes, range: 0..<bytes.count, location: location, options: options, into: &output)
        return output
    }
}
