import Lexicons
import TextProcessing

/// Clauses: the items split at punctuation, line breaks and contrast connectives.
extension SentimentEngine {
    @inline(__always) static func isSentenceEnd(_ p: UInt8) -> Bool { p == 0x2E || p == 0x21 || p == 0x3F }
    @inline(__always) static func isClauseEnd(_ p: UInt8) -> Bool {
        isSentenceEnd(p) || p == 0x2C || p == 0x3B || p == 0x3A || p == 0x28 || p == 0x29
    }

    /// Splits items into clauses at punctuation, line breaks and contrast connectives.
    ///
    /// `clauses` has room for one clause per item; returns the number written.
    func buildClauses(
        _ items: MutableBufferView<ScoringScratch.Item>, _ clauses: MutableBufferView<ScoringScratch.Clause>
    ) -> Int {
        var first = 0
        var sentence = 0
        var count = 0
        func close(_ end: Int) {
            guard end > first else { return }
            for k in first..<end { items[k].clause = Int32(count) }
            clauses[count] = ScoringScratch.Clause(
                first: first, end: end, sentence: sentence, raw: 0, weight: 1, start: items[first].start,
                stop: items[end - 1].end)
            count += 1
            first = end
        }
        for k in items.indices {
            let item = items[k]
            if item.kind == .punctuation {
                if Self.isClauseEnd(item.punctuation) {
                    close(k + 1)
                    if Self.isSentenceEnd(item.punctuation) { sentence += 1 }
                }
                continue
            }
            if item.flags.contains(.afterNewline) && k > first {
                close(k)
                sentence += 1
            }
            if item.entry.contrast != .none && k > first { close(k) }
        }
        close(items.count)
        return count
    }
}
