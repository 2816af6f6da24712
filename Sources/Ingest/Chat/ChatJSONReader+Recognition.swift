/// The JSON chat reader's "does this look like me", asked by `FormatSniffer` after the mail and page
/// grammars and before the transcript grammar.
extension ChatJSONReader {
    /// A leading `[` or `{` that opens a JSON value, unless the bracket opens a chat stamp under the
    /// transcript line grammar (`[10:02] Léa: …`, `[2016/04/15 15:04] X created group`): then the
    /// file is a transcript.
    @Sendable static func recogniseExport(_ sample: FormatSample) -> InputFormat? {
        guard opensJSONValue(sample.trimmedStart.utf8) else { return nil }
        let isBlank = { (line: [UInt8]) in line.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
        let first = sample.chatLines.first { !isBlank($0) } ?? []
        return ChatStampParser.parse(first, from: 0, to: first.count) == nil ? .chatJSON : nil
    }

    /// Whether `text` starts with a bracket that can open a JSON text (RFC 8259 §2, §4, §5): `{`
    /// before a member name or `}`, `[` before a value or `]`, JSON white space between them; a
    /// sample that ends at the bracket is given the benefit of the doubt. `[Fri Mar 14 10:02:11
    /// 2025] [core:error]` (a server log) and `[general]` (an INI file) open none.
    static func opensJSONValue(_ text: Substring.UTF8View) -> Bool {
        guard let opener = text.first, opener == UInt8(ascii: "[") || opener == UInt8(ascii: "{") else { return false }
        let jsonSpace: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        guard let next = text.dropFirst().first(where: { !jsonSpace.contains($0) }) else { return true }
        if opener == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
        return Array("{[\"]-0123456789tfn".utf8).contains(next)
    }
}
