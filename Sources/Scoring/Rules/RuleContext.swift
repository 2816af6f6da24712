import Lexicons
import TextProcessing

/// The text the rules work on: its items and clauses (which the rules write: contributions, boosts,
/// notes, clause sums and weights), its tokens and key arena (read only), and the rules' word lists.
///
/// The one type through which the text's buffers reach the rules, so that a change of buffer type
/// changes this file's fields and no rule. The buffers are borrowed for one `scoreClauses` call and
/// must not escape it.
struct RuleContext {
    /// The text's items; rules read and write them by subscript.
    let items: MutableBufferView<ScoringScratch.Item>
    /// The text's clauses; the clause rules read and write them by subscript.
    let clauses: MutableBufferView<ScoringScratch.Clause>
    let toks: BufferView<RawToken>
    let keys: BufferView<UInt8>
    /// The whole text is in capitals, so capitals are no emphasis (`Intensifiers.caps`).
    let textIsAllCaps: Bool
    let words: RuleWordLists

    /// Next word item after `k` before `end`.
    @inline(__always) func nextWord(after k: Int, before end: Int) -> Int? {
        let j = k + 1
        return j < end && items[j].kind != .punctuation ? j : nil
    }

    /// True when item `k` is a single token whose key is one of `list` (rare path: only around
    /// negators).
    func itemKey(_ k: Int, isIn list: RuleWordLists.List) -> Bool {
        let item = items[k]
        guard !item.notes.contains(.phrase), Int(item.token) < toks.count else { return false }
        let token = toks[Int(item.token)]
        return words.contains(list, keys.extracting(Int(token.keyStart)..<Int(token.keyEnd)))
    }
}
