/// One entry of the mail speaker lists (`lexicons/speakers/mail-*.tsv`): a pattern that a whole line
/// of folded text must match, where `*` stands for any run of characters and `{n}` for a number.
///
/// Anchoring is the entry's own: `*above this line*` finds the words anywhere in the line,
/// `ticket #{n}` only a ticket number alone on its line, so a customer's "ticket #123 still open"
/// is not a helpdesk footer.
final class MailLinePattern: Sendable, Hashable {
    private enum Piece: Sendable, Hashable {
        case literal([UInt8])
        case anything
        case number
    }

    /// The entry as listed (folded).
    let entry: String
    private let pieces: [Piece]
    /// Bytes the line must start and end with, the words of a `*words*` entry, and the fewest
    /// bytes a matching line holds: decided once here, since `matches` runs on every line of every
    /// message and most lines fail these checks.
    private let head: [UInt8]
    private let tail: [UInt8]
    private let contained: [UInt8]?
    private let minimumLength: Int

    /// Compiles `entry` (already folded by `SpeakerLexicon`); `’` is read as `'`.
    init(_ entry: String) {
        self.entry = entry
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(Self.normalise(entry[...]).utf8)
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "*") {
                flush()
                if pieces.last != .anything { pieces.append(.anything) }
                index += 1
            } else if bytes[index...].starts(with: "{n}".utf8) {
                flush()
                pieces.append(.number)
                index += 3
            } else {
                literal.append(bytes[index])
                index += 1
            }
        }
        flush()
        self.pieces = pieces
        var head: [UInt8] = []
        var tail: [UInt8] = []
        if case .literal(let text)? = pieces.first { head = text }
        if case .literal(let text)? = pieces.last, pieces.count > 1 { tail = text }
        self.head = head
        self.tail = tail
        if pieces.count == 3, pieces[0] == .anything, pieces[2] == .anything, case .literal(let inner) = pieces[1] {
            contained = inner
        } else {
            contained = nil
        }
        minimumLength = pieces.reduce(0) { total, piece in
            switch piece {
            case .literal(let text): return total + text.count
            case .number: return total + 1
            case .anything: return total
            }
        }
    }

    /// Two patterns are the same when their entries are.
    static func == (lhs: MailLinePattern, rhs: MailLinePattern) -> Bool { lhs.entry == rhs.entry }

    func hash(into hasher: inout Hasher) { hasher.combine(entry) }

    /// The patterns of the list `name` of `speakers`.
    static func list(_ name: String, in speakers: SpeakerLexicon) -> [MailLinePattern] {
        speakers[name].map(MailLinePattern.init)
    }

    /// True when the whole of `line` (bytes of a line normalised with `normalised`) matches.
    ///
    /// A fixed head or tail, and `*words*`, are answered by plain byte comparisons (this runs on
    /// every line of every message); other shapes carry the set of line offsets reachable after
    /// each piece forward (a small NFA), so the cost is pieces × line length, with no backtracking.
    func matches(bytes line: [UInt8]) -> Bool {
        guard line.count >= minimumLength else { return false }
        if !head.isEmpty, line[0] != head[0] || !line.starts(with: head) { return false }
        if !tail.isEmpty, !line[(line.count - tail.count)...].elementsEqual(tail) { return false }
        if let contained { return Self.contains(line, contained) }
        if pieces.count == 1, !head.isEmpty { return line.count == head.count }
        var reachable = [Bool](repeating: false, count: line.count + 1)
        reachable[0] = true
        for piece in pieces {
            var next = [Bool](repeating: false, count: line.count + 1)
            var any = false
            for start in 0...line.count where reachable[start] {
                switch piece {
                case .literal(let text):
                    if line.count - start >= text.count, line[start..<start + text.count].elementsEqual(text) {
                        next[start + text.count] = true
                        any = true
                    }
                case .anything:
                    for end in start...line.count { next[end] = true }
                    any = true
                case .number:
                    var end = start
                    while end < line.count, line[end] >= 0x30, line[end] <= 0x39 {
                        end += 1
                        next[end] = true
                        any = true
                    }
                }
                // From the first reachable offset, `*` reaches every later one.
                if piece == .anything { break }
            }
            guard any else { return false }
            reachable = next
        }
        return reachable[line.count]
    }

    private static func contains(_ line: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, line.count >= needle.count else { return needle.isEmpty }
        var index = 0
        while index <= line.count - needle.count {
            if line[index] == first, line[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// `line` as the lists are written: folded (lowercase, no accents, see `CaseFolding.fold`),
    /// typographic apostrophes as `'`, tabs and runs of spaces as one space, trimmed.
    static func normalise(_ line: Substring) -> String {
        String(decoding: normalised(line), as: UTF8.self)
    }

    /// The UTF-8 bytes of `normalise(line)`, built byte by byte (it runs on every line of a mail).
    static func normalised(_ line: Substring) -> [UInt8] {
        let folded = CaseFolding.fold(line).utf8
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var pendingSpace = false
        var index = folded.startIndex
        while index != folded.endIndex {
            let byte = folded[index]
            var width = 1
            var replacement: UInt8? = byte
            if byte == 0x20 || byte == 0x09 {
                replacement = nil
            } else if byte == 0xE2, let (second, third) = following(folded, index) {
                width = 3
                if second == 0x80, third == 0x98 || third == 0x99 {
                    replacement = UInt8(ascii: "'")  // ‘ ’
                } else if second == 0x80, third == 0xAF || third == 0x89 {
                    replacement = nil  // narrow no-break space, thin space
                } else {
                    width = 1
                }
            } else if byte == 0xCA, let next = folded.index(index, offsetBy: 1, limitedBy: folded.endIndex),
                next != folded.endIndex, folded[next] == 0xBC
            {
                width = 2
                replacement = UInt8(ascii: "'")  // ʼ modifier letter apostrophe
            }
            if let replacement {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(replacement)
            } else {
                pendingSpace = true
            }
            index = folded.index(index, offsetBy: width)
        }
        return out
    }

    /// The two bytes after `index`, when there are two.
    private static func following(_ bytes: String.UTF8View, _ index: String.Index) -> (UInt8, UInt8)? {
        guard bytes.distance(from: index, to: bytes.endIndex) >= 3 else { return nil }
        let second = bytes.index(after: index)
        return (bytes[second], bytes[bytes.index(after: second)])
    }
}
