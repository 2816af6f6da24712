import VerbatimModel

/// Reads one RFC 5322 message: an `.eml` file or a Maildir `cur/`/`new/` file.
enum EmlReader {
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "eml")
        let location = SourceLocation(path: path, ordinal: 0, position: "")
        let (outcome, warnings) = MailMessageReader.read(bytes, range: 0..<bytes.count, location: location, options: options)
        for warning in warnings {
            output.findings.append(Finding(source: path, reason: warning, severity: .warning))
        }
        switch outcome {
        case .verbatim(let verbatim):
            output.verbatims.append(verbatim)
        case .skipped(let reason):
            output.skip(reason)
        case .rejected(let reason):
            output.findings.append(Finding(source: path, reason: reason))
        }
        return output
    }
}
