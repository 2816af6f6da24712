public import Lexicons
public import TextProcessing

/// Reusable working memory of the scorer: reuse one per thread to score a stream of texts without
/// allocating once the buffers have grown.
public struct ScoringScratch: Sendable {
    /// What the scorer noted about an item, for `explain`.
    public struct Notes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        // The bits are declared by the rule that notes them (`Rules/`, `SentimentEngine+Items`);
        // `NoteBitTests` checks that no two share one.
    }

    /// One unit of scoring: a token, or several tokens matched as one expression.
    public struct Item: Sendable {
        /// UTF-8 range in the text.
        public var start: Int32
        public var end: Int32
        public var kind: Token.Kind
        public var flags: RawToken.Flags
        /// Lexicon entry (default entry when the word is unknown).
        public var entry: LexiconEntry
        /// True when `entry` came from the lexicon.
        public var known: Bool
        /// For punctuation: its first byte and run length (`!!!` → `!`, 3).
        public var punctuation: UInt8
        public var run: UInt8
        /// Boost applied to the valence (intensifiers, caps, elongation).
        public var boost: Float
        /// Final contribution to its clause's raw sum.
        public var contribution: Float
        public var notes: Notes
        /// Index of the clause the item belongs to.
        public var clause: Int32
        /// Index of the item's first token in `tokens`.
        public var token: Int32
    }

    /// One clause: items `first..<end`, its raw sum and weight.
    public struct Clause: Sendable {
        public var first: Int
        public var end: Int
        public var sentence: Int
        public var raw: Double
        public var weight: Double
        /// Byte range in the text.
        public var start: Int32
        public var stop: Int32
    }

    /// What `SentimentEngine.buildItems` decides about one item before writing it.
    struct ItemDraft: Sendable {
        /// Where the item's lexicon entry comes from.
        enum Source: UInt8, Sendable {
            /// No entry (unknown word, punctuation).
            case none
            /// `index` in the lexicon's word entries (the word itself or its stem).
            case word
            /// `index` in the lexicon's phrase entries.
            case phrase
            /// An explicit rating with `valence`.
            case rating
        }

        /// The item's end offset in the text (its first token is the one it was drafted at).
        var end: Int32 = 0
        var source: Source = .none
        var known = false
        var notes = Notes()
        var index: Int32 = 0
        var valence: Float = 0
    }

    /// What the look-up found about one token (`WordIndex.resolve`).
    struct TokenFacts: Sendable {
        /// The first slot word of the key in the `WordIndex` table, read ahead of probing.
        var home: UInt64 = 0
        /// The key's `KeyHash` (0 for punctuation).
        var hash: UInt32 = 0
        /// The key's `WordIndex` record, -1 when unknown.
        var record: Int32 = -1
    }

    /// Tokens of the current text.
    public var tokens = TokenBuffer()
    /// Items of the current text (a copy: for `explain` and tests, not the hot path).
    public var items: [Item] { itemStore.elements(count: itemCount) }
    /// Clauses of the current text (a copy, as `items`).
    public var clauses: [Clause] { clauseStore.elements(count: clauseCount) }

    // The per-text buffers are grow-only (`GrowBuffer`): the first `itemCount` items and
    // `clauseCount` clauses are the current text's, and every field of each is written for each
    // text, so no buffer is emptied and refilled. `prepare(tokenCount:)` is their entry: it sizes
    // them once per text, and the stages write through unchecked views.

    var itemStore = GrowBuffer(blank: blankItem)
    var itemCount = 0
    var clauseStore = GrowBuffer(blank: blankClause, capacity: 65)
    var clauseCount = 0
    /// Per token, while items are built.
    var facts = GrowBuffer(blank: TokenFacts())
    /// Key-building buffer for the elongation look-up.
    var key: [UInt8] = []

    /// Empty buffers sized for short texts.
    public init() {
        key.reserveCapacity(128)
    }

    mutating func reset() {
        tokens.removeAll()
        itemCount = 0
        clauseCount = 0
    }

    /// Grows the per-text buffers for a text of `count` tokens: at most one item per token and
    /// one clause per item (the entry: the stages then write without checks).
    mutating func prepare(tokenCount count: Int) {
        facts.prepare(count: count)
        itemStore.prepare(count: count)
        clauseStore.prepare(count: count + 1)
    }

    static let blankItem = Item(
        start: 0, end: 0, kind: .word, flags: RawToken.Flags(), entry: LexiconEntry(), known: false, punctuation: 0,
        run: 0, boost: 0, contribution: 0, notes: Notes(), clause: 0, token: 0)
    static let blankClause = Clause(first: 0, end: 0, sentence: 0, raw: 0, weight: 1, start: 0, stop: 0)
}
