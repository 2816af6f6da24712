/// The mail readers' "does this look like me", asked by `FormatSniffer`: a header block at the top
/// of the file (a message, or a mailbox saved without its `From ` line), or a file in a Maildir.
extension MailHeaders {
    /// RFC 5322 / RFC 2822 header names that open a message (a saved `.eml` starts with one of them).
    static let messageOpeningNames: Set<String> = [
        "from", "date", "subject", "received", "message-id", "return-path", "to", "cc", "reply-to", "delivered-to",
        "mime-version", "content-type", "x-mailer", "sender", "in-reply-to", "references", "envelope-to",
        "dkim-signature", "arc-seal", "authentication-results", "x-original-to", "thread-topic", "user-agent",
    ]

    /// A header block at the top: one message, unless a `.mbox` outside a Maildir says it is a
    /// mailbox whose first `From ` line was lost.
    @Sendable static func recogniseMessage(_ sample: FormatSample) -> InputFormat? {
        guard looksLikeHeaderBlock(sample.headLines) else { return nil }
        return sample.inMaildir || sample.fileExtension != "mbox" ? .eml : .mbox
    }

    /// Maildir file names carry no extension; what sits in `cur/`, `new/` or `tmp/` is a message.
    @Sendable static func recogniseMaildirFile(_ sample: FormatSample) -> InputFormat? {
        sample.inMaildir ? .eml : nil
    }

    /// At least two `Name: value` header lines at the top, one of them a known mail header.
    static func looksLikeHeaderBlock(_ lines: [String]) -> Bool {
        var headers = 0
        var known = 0
        for line in lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }  // folded header continuation
            let name = line.firstIndex(of: ":").map { line[..<$0] } ?? ""
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                // A malformed line, or a body without the blank line, after a sound block: still mail.
                if headers >= 3 && known >= 2 { break } else { return false }
            }
            headers += 1
            if messageOpeningNames.contains(name.lowercased()) { known += 1 }
            if headers >= 12 { break }
        }
        return headers >= 2 && known >= 1
    }
}
