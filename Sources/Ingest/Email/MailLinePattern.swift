/// One entry of the mail speaker lists (`lexicons/speakers/mail-*.tsv`): a pattern that a whole line
/// of folded text must match, where `*` stands for any run of characters and `{n}` for a number.
///
/// Anchoring is the entry's own: `*above this line*` finds the words anywhere in the line,
/// `ticket #{n}` only a ticket number alone on its line, so a customer's "ticket #123 still open"
/// is not a helpdesk footer.
struct MailLinePattern: Sendable, Hashable {
    private enum Piece: Sendable, Hashable {
        case literal([UInt8])
        case anything
        case number
    }

    /// The entry as listed (folded).
    let entry: String
    private let pieces: [Piece]
    /// The words of a `*words*` entry, found by a plain byte search.
    private let contained: String?

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
        if pieces.count == 3, pieces[0] == .anything, pieces[2] == .anything, case .literal(let inner) = pieces[1] {
            contained = String(decoding: inner, as: UTF8.self)
        } else {
            contained = nil
        }
    }

    /// The patterns of the list `name` of `speakers`.
    static func list(_ name: String, in speakers: SpeakerLexicon) -> [MailLinePattern] {
        speakers[name].map(MailLinePattern.init)
    }

    /// True when the whole of `line` (normalised with `normalise`) matches.
    ///
    /// The set of line offsets reachable after each piece is carried forward (a small NFA), so the
    /// cost is pieces × line length whatever the `*`s, with no backtracking.
    func matches(_ line: String) -> Bool {
        // Quick answers for the common shapes: a fixed head or tail, or `*words*`.
        if case .literal(let head)? = pieces.first, !line.utf8.starts(with: head) { return false }
        if case .literal(let tail)? = pieces.last, !line.utf8.reversed().starts(with: tail.reversed()) { return false }
        if let contained { return line.containsBytes(contained) }
        let bytes = Array(line.utf8)
        var reachable = [Bool](repeating: false, count: bytes.count + 1)
        reachable[0] = true
        for piece in pieces {
            var next = [Bool](repeating: false, count: bytes.count + 1)
            var any = false
            for start in 0...bytes.count where reachable[start] {
                switch piece {
                case .literal(let text):
                    if bytes.count - start >= text.count, bytes[start..<start + text.count].elementsEqual(text) {
                        next[start + text.count] = true
                        any = true
                    }
                case .anything:
                    for end in start...bytes.count { next[end] = true }
                    any = true
                case .number:
                    var end = start
                    while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 {
                        end += 1
                        next[end] = true
                        any = true
                    }
                }
                if piece == .anything { break }
            }
            guard any else { return false }
            reachable = next
        }
        return reachable[bytes.count]
    }

    /// `line` as the lists are written: folded (lowercase, no accents, see `CaseFolding.fold`),
    /// typographic apostrophes as `'`, tabs and runs of spaces as one space, trimmed.
    static func normalise(_ line: Substring) -> String {
        let folded = CaseFolding.fold(line)
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{202F}", "\u{2009}":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            case "\u{2019}", "\u{2018}", "\u{02BC}":
                out.append("'")
                lastWasSpace = false
            default:
                out.append(scalar)
                lastWasSpace = false
            }
        }
        var text = String(out)
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
