/// The notices messaging apps and chat tools write into a conversation themselves (encryption,
/// Meta business notices, group events, missed calls, media placeholders, deleted messages, end of
/// session): never a customer's words, in any locale the list `chat-system-notices` covers.
///
/// An entry without `*` is a phrase found anywhere in the folded text, on any line. An entry with
/// `*` describes a whole event line, `*` standing for a name or a few words (`* left`); such lines
/// have no speaker, so patterns are tried only on `speakerless` text: on a customer's own line,
/// `* added *` would take "I added two lamps" for a group event.
struct ChatSystemNotices: Sendable, Hashable {
    /// The speaker list holding the notices.
    static let listName = "chat-system-notices"
    /// Longer texts are messages, whatever phrase they quote (the longest notice, WhatsApp's
    /// encryption notice with its "tap to learn more", is under 200 bytes in every locale).
    static let maximumBytes = 300

    private let phrases: ChatPhraseSet
    private let patterns: [[String]]

    /// The notices of `lexicon`.
    init(_ lexicon: SpeakerLexicon) {
        var phrases: [String] = []
        var patterns: [[String]] = []
        for entry in lexicon[Self.listName] {
            // Entries come folded; `foldText` also makes typographic apostrophes plain.
            let normalised = ChatNameMatcher.foldText(entry)
            if normalised.contains("*") {
                patterns.append(normalised.split(separator: "*", omittingEmptySubsequences: false).map(String.init))
            } else {
                phrases.append(normalised)
            }
        }
        self.phrases = ChatPhraseSet(phrases)
        self.patterns = patterns
    }

    /// Whether `text` is a notice; `speakerless` when the line names no speaker (event patterns apply).
    func matches(_ text: String, speakerless: Bool = false) -> Bool {
        guard text.utf8.count <= Self.maximumBytes else { return false }
        let folded = ChatNameMatcher.foldText(text)
        guard !folded.isEmpty else { return false }
        if phrases.containsAny(folded) { return true }
        return speakerless && patterns.contains { Self.matches(folded, pattern: $0) }
    }

    /// Whole-text match of `pieces` (the pattern split at each `*`, a star matching any run).
    static func matches(_ text: String, pattern pieces: [String]) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = pieces.first, let last = pieces.last, pieces.count >= 2 else {
            return pieces.first.map { $0 == text } ?? false
        }
        let head = Array(first.utf8)
        let tail = Array(last.utf8)
        guard bytes.count >= head.count + tail.count, bytes.starts(with: head), bytes.reversed().starts(with: tail.reversed())
        else { return false }
        var cursor = head.count
        let end = bytes.count - tail.count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = find(Array(piece.utf8), in: bytes, from: cursor, to: end) else { return false }
            cursor = found
        }
        return true
    }

    /// The index just past the first occurrence of `needle` in `bytes[start..<end]`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard end - start >= needle.count else { return nil }
        for index in start...(end - needle.count) where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }
}
