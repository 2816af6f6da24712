/// The header-only pass over an e-mail unit that runs before ingest, so that the run can infer the
/// mailbox's own domain (`MailboxInference`) before any message is read.
///
/// It is bounded per file, so that a corpus of large mailboxes is not read twice: the first
/// `emlBytes` of an `.eml` or Maildir file (its header block), and the first `mailboxMessages`
/// messages within the first `mailboxBytes` of an mbox (its first shard only).
public enum MailHeaderScan {
    /// Bytes read from an `.eml` file: headers beyond them (a very long `Received` chain) are not seen.
    public static let emlBytes = 16 * 1024
    /// Bytes read from the start of a mailbox.
    public static let mailboxBytes = 1024 * 1024
    /// Messages summarised per mailbox.
    public static let mailboxMessages = 500

    /// The header summaries of `unit`'s messages (none for other formats, for a mailbox shard that
    /// does not start the file, or for a file that cannot be read: ingest reports that).
    public static func summaries(of unit: IngestUnit) -> [MailHeaderSummary] {
        switch unit.format {
        case .eml:
            guard let bytes = try? RawFile.prefix(of: unit.path, count: emlBytes) else { return [] }
            let headers = MailHeaders(parsing: bytes, in: 0..<bytes.count)
            guard !headers.fields.isEmpty else { return [] }
            return [MailHeaderSummary(headers: headers, bytes: bytes)]
        case .mbox:
            guard (unit.byteRange?.lowerBound ?? 0) == 0 else { return [] }
            let end = min(unit.byteRange?.upperBound ?? Int.max, mailboxBytes)
            guard let bytes = try? RawFile.bytes(of: unit.path, range: 0..<min(end, max(0, unit.fileSize))) else {
                return []
            }
            return mailbox(bytes, truncated: bytes.count < unit.fileSize)
        case .chatText, .chatJSON, .chatCSV, .reviewHTML, .survey:
            return []
        }
    }

    /// The summaries of the messages of mailbox `bytes`; when the bytes stop inside the file
    /// (`truncated`), the last message is left out, its headers possibly cut.
    static func mailbox(_ bytes: [UInt8], truncated: Bool) -> [MailHeaderSummary] {
        var starts = MboxBoundary.separators(in: bytes.span)
        if starts.isEmpty, !bytes.isEmpty { starts = [0] }
        var summaries: [MailHeaderSummary] = []
        for (offset, start) in starts.enumerated().prefix(mailboxMessages) {
            let isLast = offset + 1 == starts.count
            if isLast, truncated, offset > 0 { break }
            let end = isLast ? bytes.count : starts[offset + 1]
            let headers = MailHeaders(parsing: bytes, in: start..<end)
            guard !headers.fields.isEmpty else { continue }
            summaries.append(MailHeaderSummary(headers: headers, bytes: bytes))
        }
        return summaries
    }
}
