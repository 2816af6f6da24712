import VerbatimModel

/// Reads one message of a file and the messages embedded in it (forwarded `message/rfc822` parts,
/// digest entries), each as a message of its own, into an `IngestOutput`.
///
/// A customer who forwards a message writes two things: their own text, which is the outer
/// message's verbatim, and the message they forward, which is read as a separate message with its
/// own sender, date, subject and customer decision (a forwarded reply of the shop is skipped as
/// the shop's, a forwarded earlier mail of the customer is a verbatim). A message skipped as a
/// whole as a bounce, an auto-reply or the company's own is skipped with what it embeds: a bounce
/// or an auto-reply quotes the message that caused it, and a forward by the company repeats words
/// read where they were written.
enum MessageTreeReader {
    /// At most this many warnings about skipped header lines per message; then one that counts the rest.
    static let maximumHeaderLineFindings = 10

    /// Fields that make an embedded part a message of its own rather than a bare MIME entity.
    static let identityFields = ["from", "sender", "date", "subject", "message-id"]

    /// Reads the message in `bytes[range]`, found at `location`, and what it embeds.
    static func read(
        _ bytes: [UInt8], range: Range<Int>, location: SourceLocation, options: IngestOptions,
        into output: inout IngestOutput
    ) {
        var budget = MimeBodyExtractor.maximumParts
        read(bytes, range: range, location: location, path: [], options: options, budget: &budget, into: &output)
    }

    private static func read(
        _ bytes: [UInt8], range: Range<Int>, location base: SourceLocation, path: [Int], options: IngestOptions,
        budget: inout Int, into output: inout IngestOutput
    ) {
        let location = embeddedLocation(base, path: path)
        let headers = MailHeaders(parsing: bytes, in: range)
        if !path.isEmpty, !identityFields.contains(where: headers.has) {
            // A MIME entity sent as a message, or a forwarded header block mangled beyond reading:
            // no sender, date or subject to give it, and its header lines must not become text.
            output.findings.append(
                Finding(
                    source: location.path, position: location.position,
                    reason: "embedded message without From, Date or Subject not read", severity: .warning,
                    ordinal: location.ordinal))
            return
        }
        let (outcome, warnings) = MailMessageReader.read(bytes, range: range, location: location, options: options)
        if case .rejected(let reason) = outcome, !path.isEmpty {
            // The outer message was read; what is wrong with a part of it is a warning.
            for reason in warnings + ["embedded message not read: \(reason)"] {
                output.findings.append(
                    Finding(
                        source: location.path, position: location.position, reason: reason, severity: .warning,
                        ordinal: location.ordinal))
            }
            return
        }
        if case .rejected = outcome {
        } else {
            recordHeaderFindings(headers, bytes: bytes, at: location, into: &output)
        }
        MailMessageReader.record(outcome, warnings: warnings, at: location, into: &output)
        guard readsEmbedded(outcome) else { return }
        let body = headers.bodyStart..<max(headers.bodyStart, range.upperBound)
        let embedded = EmbeddedMessageFinder.messages(in: bytes, headers: headers, body: body)
        guard path.count < MimeBodyExtractor.maximumDepth || embedded.isEmpty else {
            output.findings.append(
                Finding(
                    source: location.path, position: location.position,
                    reason: "messages embedded deeper than \(MimeBodyExtractor.maximumDepth) levels not read",
                    severity: .warning,
                    ordinal: location.ordinal))
            return
        }
        for (offset, message) in embedded.enumerated() {
            guard budget > 0 else { return }
            budget -= 1
            read(
                message.bytes, range: message.range, location: base, path: path + [offset + 1], options: options,
                budget: &budget, into: &output)
        }
    }

    /// Whether the messages embedded in a message with `outcome` are read (see the type's comment).
    private static func readsEmbedded(_ outcome: MailMessageReader.Outcome) -> Bool {
        switch outcome {
        case .verbatim: return true
        case .skipped(let reason): return reason == .empty || reason == .bulk
        case .company, .rejected: return false
        }
    }

    /// `message 3, embedded message 1.2` (the second message embedded in the first one embedded in
    /// message 3); the outer position when `path` is empty. The ordinal stays the outer message's,
    /// so that embedded messages sort right after it.
    static func embeddedLocation(_ base: SourceLocation, path: [Int]) -> SourceLocation {
        guard !path.isEmpty else { return base }
        let name = "embedded message " + path.map(String.init).joined(separator: ".")
        let position = base.position.isEmpty ? name : "\(base.position), \(name)"
        return SourceLocation(path: base.path, ordinal: base.ordinal, position: position)
    }

    /// Warnings for header lines skipped as malformed and for a body that starts without a blank
    /// line, at `header line N` of the message.
    private static func recordHeaderFindings(
        _ headers: MailHeaders, bytes: [UInt8], at location: SourceLocation, into output: inout IngestOutput
    ) {
        func add(_ line: Int, _ reason: String) {
            let position =
                location.position.isEmpty ? "header line \(line)" : "\(location.position), header line \(line)"
            output.findings.append(
                Finding(
                    source: location.path, position: position, reason: reason, severity: .warning,
                    ordinal: location.ordinal))
        }
        for skipped in headers.skippedLines.prefix(maximumHeaderLineFindings) {
            let text = String(decoding: bytes[skipped.bytes], as: UTF8.self).trimmingSpaces
            add(
                skipped.line,
                text.isEmpty
                    ? "header line of white space skipped"
                    : "malformed header line skipped: \"\(Finding.excerpt(text))\"")
        }
        if headers.skippedLines.count > maximumHeaderLineFindings, let last = headers.skippedLines.last {
            add(
                last.line,
                "\(headers.skippedLines.count - maximumHeaderLineFindings) more malformed header lines skipped")
        }
        if let line = headers.bodyWithoutBlankLineAt, !headers.fields.isEmpty {
            add(line, "no blank line after the header fields; body read from this line")
        }
    }
}
