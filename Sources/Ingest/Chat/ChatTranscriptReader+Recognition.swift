/// The transcript reader's "does this look like me", asked by `FormatSniffer`: chat lines under
/// `ChatStampParser`, the reader's own line grammar, so that every line layout the reader reads is
/// recognised (a new layout is added to the grammar only).
extension ChatTranscriptReader {
    /// How many lines of the sample are looked at for chat lines: a WhatsApp export may open with a
    /// long multi-line message.
    static let sampleLineLimit = 400

    /// Two speaker lines, or a first line that is one (a single long message).
    @Sendable static func recogniseTranscript(_ sample: FormatSample) -> InputFormat? {
        looksLikeChat(sample.chatLines) ? .chatText : nil
    }

    /// The first `sampleLineLimit` lines of `bytes`, each decoded as the reader decodes it.
    static func sampleLines(of bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = bytes.startIndex
        while start < bytes.endIndex, lines.count < sampleLineLimit {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let content = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            lines.append(ChatStampParser.decodedLine(bytes[start..<content]))
            start = end + 1
        }
        return lines
    }

    /// Whether `lines` read as a chat transcript under the reader's own grammar: two speaker lines,
    /// or a first line that is one (a single long message). A name-only stamp line followed by a
    /// line of text (`[10:02 AM] Jean Dupont`, then the message) is a speaker line.
    static func looksLikeChat(_ lines: [[UInt8]]) -> Bool {
        var speakerLines = 0
        var sawText = false
        let filled = lines.filter { !$0.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) }
        for (index, line) in filled.enumerated() {
            guard isSpeakerEvidence(line, next: index + 1 < filled.count ? filled[index + 1] : nil) else {
                sawText = true
                continue
            }
            if !sawText { return true }
            speakerLines += 1
            if speakerLines >= 2 { return true }
        }
        return false
    }

    /// A speaker line, or a name-only stamp line whose next line starts no turn (its message).
    private static func isSpeakerEvidence(_ line: [UInt8], next: [UInt8]?) -> Bool {
        if ChatStampParser.isSpeakerLine(line, from: 0, to: line.count) { return true }
        guard let next, let parsed = ChatStampParser.parse(line, from: 0, to: line.count),
            ChatStampParser.isNameOnly(parsed, line, end: line.count)
        else { return false }
        return ChatStampParser.parse(next, from: 0, to: next.count) == nil
    }
}
