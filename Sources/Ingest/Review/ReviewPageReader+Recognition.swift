/// The review page reader's "does this look like me", asked by `FormatSniffer`.
extension ReviewPageReader {
    /// A document type, an `<html>` element, or markup before an `<html>` element within the first
    /// kilobyte (an XHTML prolog, a comment, a saved page's leading `<meta>`).
    @Sendable static func recognisePage(_ sample: FormatSample) -> InputFormat? {
        // Every form below starts with `<`: the other files (chats, surveys) are not lowercased,
        // which cost more than the rest of their recognition.
        guard sample.trimmedStart.first == "<" else { return nil }
        let lowered = sample.trimmedStart.prefix(1024).lowercased()
        let isPage =
            lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html")
            || lowered.hasPrefix("<?xml") && lowered.contains("<html")
            || (lowered.hasPrefix("<!--") && lowered.contains("<html"))
            || (lowered.hasPrefix("<") && lowered.contains("<html"))
        return isPage ? .reviewHTML : nil
    }
}
