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
    /// Each token's `WordIndex` record (`facts[t].record`) and each record's `ImplicitKinds` bits
    /// (`WordIndex.implicitKinds`), for the implicit-complaint rules.
    let facts: BufferView<ScoringScratch.TokenFacts>
    let implicitKinds: BufferView<UInt64>

    /// Next word item after `k` before `end`.
    @inline(__always) func nextWord(after k: Int, before end: Int) -> Int? {
        let j = k + 1
        return j < end && items[j].kind != .punctuation ? j : nil
    }

    /// The `ImplicitKinds` of item `k`: its token's, none for an expression, a rating or punctuation.
    @inline(__always) func kinds(_ k: Int) -> ImplicitKinds {
        let item = items[k]
        guard item.kind != .punctuation, !item.notes.contains(.phrase), !item.notes.contains(.rating) else {
            return []
        }
        return firstTokenKinds(k)
    }

    /// The `ImplicitKinds` of item `k`'s (first) token, even when the item is an expression that
    /// opens with it (`merci quand même`).
    @inline(__always) func firstTokenKinds(_ k: Int) -> ImplicitKinds {
        let record = Int(facts[Int(items[k].token)].record)
        return record >= 0 && record < implicitKinds.count ? ImplicitKinds(rawValue: implicitKinds[record]) : []
    }

    /// The kinds of item `k` when it is in `range`, none otherwise.
    @inline(__always) func kinds(_ k: Int, in range: Range<Int>) -> ImplicitKinds {
        range.contains(k) ? kinds(k) : []
    }

    /// The bytes of item `k`'s (first) token key.
    func key(_ k: Int) -> BufferView<UInt8> {
        let token = toks[Int(items[k].token)]
        return keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
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
