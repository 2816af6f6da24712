/// A file's first bytes as the format recognisers look at them (see `FormatSniffer`): the bytes
/// after a UTF-8 byte-order mark, where the file sits, and the decoded forms the grammars ask for.
///
/// Each decoded form is worked out once and only when a recogniser asks for it: decoding the whole
/// 8 KB sample into `Character`s was a twelfth of a run over many small files, and most files are
/// recognised by the first grammar that looks at them.
final class FormatSample {
    /// The sample as read, byte-order mark included.
    let raw: ArraySlice<UInt8>
    /// The sample without its UTF-8 byte-order mark.
    let bytes: ArraySlice<UInt8>
    /// The lowercased extension of the file name, empty when it has none.
    let fileExtension: String
    /// Whether the file sits in a Maildir `cur/`, `new/` or `tmp/` folder, where a file is one message.
    let inMaildir: Bool

    init(_ sample: ArraySlice<UInt8>, relativePath: String) {
        raw = sample
        bytes = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? sample.dropFirst(3) : sample
        let components = relativePath.lowercased().split(separator: "/")
        fileExtension =
            components.last.flatMap { name -> String? in
                guard let dot = name.lastIndex(of: ".") else { return nil }
                return String(name[name.index(after: dot)...])
            } ?? ""
        inMaildir = components.dropLast().contains { $0 == "cur" || $0 == "new" || $0 == "tmp" }
    }

    /// The sample as UTF-8 text (invalid bytes replaced).
    private(set) lazy var text = String(decoding: bytes, as: UTF8.self)

    /// The text from its first non-white-space character.
    private(set) lazy var trimmedStart: Substring = text.drop(while: { $0.isWhitespace })

    /// The first 40 lines as text, without their line breaks: enough for any mail header block.
    private(set) lazy var headLines: [String] = Self.firstLines(of: bytes, limit: 40)
        .map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }

    /// The first lines as the chat reader decodes them (see `ChatTranscriptReader.sampleLines(of:)`).
    private(set) lazy var chatLines: [[UInt8]] = ChatTranscriptReader.sampleLines(of: bytes)

    /// The first `limit` lines of the UTF-8 `bytes`, as `textLines()` splits them (at LF, a CR
    /// before it belonging to the break), found on the bytes rather than on `Character`s.
    static func firstLines(of bytes: ArraySlice<UInt8>, limit: Int) -> [String] {
        var lines: [String] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex && lines.count < limit {
            if bytes[index] == 0x0A {
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        if lines.count < limit { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }
}
