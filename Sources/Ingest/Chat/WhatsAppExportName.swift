/// The other party named by a WhatsApp export's file name (`WhatsApp Chat with Léa.txt`,
/// `Discussion WhatsApp avec Léa.txt`, an iOS `WhatsApp Chat - Léa/_chat.txt`): when the business
/// exports a conversation, that party is the customer. The prefixes are data (the speaker list
/// `chat-whatsapp-file-names`), one per locale.
struct WhatsAppExportName: Sendable, Equatable {
    /// The speaker list holding the file-name prefixes.
    static let listName = "chat-whatsapp-file-names"

    /// The file or folder name as written, for the analyst (`Discussion WhatsApp avec Léa.txt`).
    var written: String
    /// The name after the prefix, as comparable words (see `sameParty`).
    var party: String

    /// The name `path` gives the other party, nil when its file name (or, for an iOS `_chat.txt`,
    /// its folder) starts with none of `prefixes` (folded and non-empty, as `ChatSpeakerLists` keeps
    /// them) or names nobody after it.
    init?(path: String, prefixes: [String]) {
        var components = path.split(separator: "/").map(String.init)
        guard var name = components.popLast() else { return nil }
        if Self.stem(name).hasPrefix("_chat"), let folder = components.popLast() { name = folder }
        let folded = ChatNameMatcher.foldText(Self.stem(name))
        for prefix in prefixes where folded.hasBytePrefix(prefix) {
            let rest = Self.comparable(String(decoding: Array(folded.utf8.dropFirst(prefix.utf8.count)), as: UTF8.self))
            guard !rest.isEmpty else { continue }
            written = name
            party = rest
            return
        }
        return nil
    }

    /// Whether `speaker` is the party the file name names (same letters and digits, so that
    /// `+33 6 12 34 56 78` and `+33612345678` are one number).
    func isParty(_ speaker: String) -> Bool {
        Self.comparable(speaker) == party
    }

    /// Letters and digits only, folded.
    private static func comparable(_ text: String) -> String {
        ChatNameMatcher.words(text).joined()
    }

    /// `name` without its extension and without the ` (2)` a download folder appends to a copy.
    static func stem(_ name: String) -> String {
        var stem = Substring(name)
        for suffix in [".txt", ".zip", ".TXT", ".ZIP"] where stem.hasSuffix(suffix) {
            stem = stem.dropLast(suffix.count)
        }
        if stem.hasSuffix(")"), let open = stem.lastIndex(of: "("),
            stem[stem.index(after: open)..<stem.index(before: stem.endIndex)].allSatisfy(\.isNumber)
        {
            stem = stem[..<open]
        }
        return String(stem).trimmingSpaces
    }
}
