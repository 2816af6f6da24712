/// A list of folded phrases found in a text in one pass: each position is checked only against the
/// phrases starting with its two bytes (a 64 K-entry table says whether any does), instead of
/// searching the text once per phrase. Every chat turn is checked against a few hundred notices and
/// company phrases, which made the per-phrase search the largest cost of reading a chat.
struct ChatPhraseSet: Sendable, Hashable {
    /// The phrases as given, in order.
    let phrases: [String]
    /// Phrase indices by their first two bytes.
    private let buckets: [UInt16: [Int]]
    /// Whether some phrase starts with each pair of bytes.
    private let starts: [Bool]
    /// Phrases of a single byte, searched by their byte alone.
    private let singles: [Int]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var buckets: [UInt16: [Int]] = [:]
        var starts = [Bool](repeating: false, count: 1 << 16)
        var singles: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            let bytes = Array(phrase.utf8)
            guard bytes.count >= 2 else {
                if bytes.count == 1 { singles.append(index) }
                continue
            }
            let key = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            buckets[key, default: []].append(index)
            starts[Int(key)] = true
        }
        self.buckets = buckets
        self.starts = starts
        self.singles = singles
    }

    /// The indices of the phrases found in `text`, each once, in list order.
    func matches(in text: String) -> [Int] {
        var found = Set<Int>()
        scan(text) { index in
            found.insert(index)
            return false
        }
        return found.sorted()
    }

    /// The index of the first phrase of the list found in `text`, nil when none is.
    func firstMatch(in text: String) -> Int? {
        let found = matches(in: text)
        return found.first
    }

    /// Whether any phrase occurs in `text`.
    func containsAny(_ text: String) -> Bool {
        var any = false
        scan(text) { _ in
            any = true
            return true
        }
        return any
    }

    /// Calls `found` with each phrase occurrence until it returns true.
    private func scan(_ text: String, _ found: (Int) -> Bool) {
        let bytes = Array(text.utf8)
        for index in singles where bytes.contains(phrases[index].utf8.first ?? 0) {
            if found(index) { return }
        }
        guard bytes.count >= 2 else { return }
        for position in 0..<(bytes.count - 1) {
            let key = UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])
            guard starts[Int(key)], let candidates = buckets[key] else { continue }
            for index in candidates where Self.occurs(phrases[index].utf8, in: bytes, at: position) {
                if found(index) { return }
            }
        }
    }

    private static func occurs(_ phrase: String.UTF8View, in bytes: [UInt8], at position: Int) -> Bool {
        guard bytes.count - position >= phrase.count else { return false }
        var offset = position
        for byte in phrase {
            guard bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }
}
