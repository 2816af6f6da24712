/// The non-blank lines of a third-party lexicon with their 1-based line numbers: `\n`, `\r\n` or
/// `\r` endings, a leading byte-order mark dropped. None of the three formats has comment lines, so a
/// line starting with `#` is data (VADER lists emoticons such as `#-)`).
struct ThirdPartyLines: Sequence {
    /// One line of text and where it is.
    struct Line {
        var number: Int
        var text: Substring
    }

    let text: String

    init(_ text: String) { self.text = text }

    func makeIterator() -> Iterator { Iterator(rest: text[...]) }

    /// Walks the lines once, lazily (format detection reads only the first few), skipping blank ones.
    struct Iterator: IteratorProtocol {
        var rest: Substring
        var number = 0
        var done = false

        mutating func next() -> Line? {
            while !done {
                // `\r\n` is one `Character`, so it is matched as such (a split on `\n` alone would miss it).
                var line: Substring
                if let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                    line = rest[..<end]
                    rest = rest[rest.index(after: end)...]
                } else {
                    line = rest
                    done = true
                }
                number += 1
                if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return Line(number: number, text: line)
            }
            return nil
        }
    }
}
