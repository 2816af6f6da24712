import Foundation

/// The notices messaging apps and chat tools write into a conversation themselves (encryption,
/// Meta business notices, group events, missed calls, media placeholders, deleted messages, end of
/// session): never a customer's words, in any locale the list `chat-system-notices` covers.
///
/// An entry without `*` is a phrase that must make up the notice: every line of the text is a
/// notice line, one whose first sentence is at least half a listed phrase (counting letters and
/// digits: `Messages and calls are end-to-end encrypted. No one outside…`, `<Media omitted>`,
/// `Chat transferred to Sophie`), or a file name with an attachment phrase (`IMG-0001.jpg (file
/// attached)`, `<attached: 0001-PHOTO.jpg>`). A customer who mentions a notice in a sentence of
/// their own ("my order was transferred to another carrier", "the image absente on the page") is
/// not one, nor is a caption under an attachment. An entry with `*` describes a whole event line,
/// `*` standing for a name or a few words (`* left`); such lines have no speaker, so patterns are
/// tried only on `speakerless` text: on a customer's own line, `* added *` would take "I added two
/// lamps" for a group event.
struct ChatSystemNotices: Sendable, Hashable {
    /// The speaker list holding the notices.
    static let listName = "chat-system-notices"
    /// Longer texts are messages, whatever phrase they quote (the longest notice, WhatsApp's
    /// encryption notice with its "tap to learn more", is under 200 bytes in every locale).
    static let maximumBytes = 300

    private let phrases: ChatPhraseSet
    /// Each event pattern split at its `*`s, as bytes.
    private let patterns: [[[UInt8]]]

    /// The notices of `lexicon`.
    init(_ lexicon: SpeakerLexicon) {
        var phrases: [String] = []
        var patterns: [[[UInt8]]] = []
        for entry in lexicon[Self.listName] {
            // Entries come folded; `foldText` also makes typographic apostrophes plain.
            let normalised = ChatNameMatcher.foldText(entry)
            if normalised.contains("*") {
                patterns.append(
                    normalised.split(separator: "*", omittingEmptySubsequences: false).map { Array($0.utf8) })
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
        if speakerless {
            let bytes = Array(folded.utf8)
            if patterns.contains(where: { Self.matches(bytes, pattern: $0) }) { return true }
        }
        guard phrases.containsAny(folded) else { return false }
        let lines = folded.split(separator: "\n").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        return !lines.isEmpty && lines.allSatisfy(isNoticeLine)
    }

    /// Whether one folded line is a notice: a listed phrase is at least half of its first sentence,
    /// or the line is a file name and a listed phrase (an attachment placeholder).
    private func isNoticeLine(_ line: String) -> Bool {
        let found = phrases.matches(in: line).map { phrases.phrases[$0] }
        guard !found.isEmpty else { return false }
        if found.contains(where: { Self.isFileName(Self.removing($0, from: line)) }) { return true }
        let sentence = Self.firstSentence(of: line)
        let total = Self.wordBytes(sentence)
        let longest = found.filter { sentence.contains($0) }.map(Self.wordBytes).max() ?? 0
        return total > 0 && longest * 2 >= total
    }

    /// `line` without the first occurrence of `phrase`, trimmed.
    private static func removing(_ phrase: String, from line: String) -> String {
        guard let range = line.range(of: phrase) else { return line }
        return (line[..<range.lowerBound] + line[range.upperBound...]).trimmingSpaces
    }

    /// One token with an extension (`img-20260312-wa0003.jpg`, `0001-photo.jpg>`): what an export
    /// writes beside an attachment placeholder.
    private static func isFileName(_ text: String) -> Bool {
        let token = text.trimmingCharacters(in: CharacterSet(charactersIn: "<>\"'"))
        guard !token.isEmpty, !token.contains(where: \.isWhitespace), let dot = token.lastIndex(of: ".") else {
            return false
        }
        let suffix = token[token.index(after: dot)...]
        return (1...5).contains(suffix.count) && suffix.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// The text up to the first sentence end (`.`, `!`, `?`, `…`, `:` or `;` before a space or the end).
    static func firstSentence(of line: String) -> String {
        var result = ""
        var iterator = line.makeIterator()
        var pending = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if ".!?…:;".contains(character), pending == nil || pending == " " { break }
            result.append(character)
        }
        return result
    }

    /// Letters and digits in bytes (a folded text keeps non-Latin letters as multi-byte scalars).
    private static func wordBytes(_ text: String) -> Int {
        text.utf8.count { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
        }
    }

    /// Whole-text match of `pieces` (the pattern split at each `*`, a star matching any run), on
    /// bytes and without allocating: it runs on every line without a speaker.
    static func matches(_ bytes: [UInt8], pattern pieces: [[UInt8]]) -> Bool {
        guard let head = pieces.first, let tail = pieces.last, pieces.count >= 2 else {
            return pieces.first.map { $0 == bytes } ?? false
        }
        guard bytes.count >= head.count + tail.count, bytes.starts(with: head),
            bytes[(bytes.count - tail.count)...].elementsEqual(tail)
        else { return false }
        var cursor = head.count
        let end = bytes.count - tail.count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = find(piece, in: bytes, from: cursor, to: end) else { return false }
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
