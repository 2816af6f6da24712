import VerbatimModel

/// Reads one RFC 5322 message: an `.eml` file or a Maildir `cur/`/`new/` file.
enum EmlReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "eml")
        let location = SourceLocation(path: path, ordinal: 0, position: "")
        let (outcome, warnings) = MailMessageReader.read(bytes, range: 0..<bytes.count, location: location, options: options)
        MailMessageReader.record(outcome, warnings: warnings, at: location, into: &output)
        return output
    }
}
