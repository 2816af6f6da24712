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

    func makeIterator() -> Iterator {
        // `\r\n` is one `Character`, so it is matched as such (splitting on `\n` alone would miss it).
        Iterator(lines: text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Walks the lines once, skipping blank ones.
    struct Iterator: IteratorProtocol {
        let lines: [Substring]
        var index = 0

        mutating func next() -> Line? {
            while index < lines.count {
                var line = lines[index]
                index += 1
                if line.hasSuffix("\r") { line = line.dropLast() }
                if index == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return Line(number: index, text: line)
            }
            return nil
        }
    }
}
