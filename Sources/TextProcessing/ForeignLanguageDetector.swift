/// Notices a verbatim written in neither French nor English (German, Spanish, Italian, Dutch,
/// Portuguese mail reaches French and English shops too), so that it is not scored with a lexicon
/// of another language: German `die` or `gift` read as English would be noise.
///
/// Evidence is the same kind `LanguageIdentifier` uses: function words, the most frequent words of
/// a language, which any sentence contains. The word lists are data (`lexicons/common/foreign.tsv`).
public struct ForeignLanguageDetector: Sendable {
    /// Fewest function words of one other language before a text is called foreign: one or two can
    /// be a name or a borrowed word (`Gesundheit`, `fiesta`), three are a sentence.
    public static let minimumHits = 3
    /// The other language must bring at least this many times the French and English function-word
    /// hits together: a French e-mail quoting a German product name stays French.
    public static let dominanceRatio = 2

    private var table = ByteKeyTable(minimumCapacity: 512)
    /// Per entry: the index of its foreign language in `languages`, or -1 for a French or English
    /// function word.
    private var owners: [Int] = []
    /// ISO 639-1 codes of the other languages, in first-seen order.
    public private(set) var languages: [String] = []
    /// A 65,536-bit filter of the foreign-only keys (`signature`): a text with fewer than
    /// `minimumHits` tokens in it cannot be foreign, which most French and English texts show
    /// without a single table probe (the probe per token made `verbatim score` 12 % slower).
    private var foreignFilter = [UInt64](repeating: 0, count: 1024)

    /// A detector from function words of other languages (`word → ISO code`) and the French and
    /// English function words (the `langid.tsv` lists); keys are folded with `TextFolding.fold`.
    /// A word listed on both sides counts for French or English.
    public init(foreign: [String: String], native: some Sequence<String>) {
        for word in native {
            let (index, inserted) = table.insert(TextFolding.fold(word))
            if inserted { owners.append(-1) } else { owners[index] = -1 }
        }
        for (word, code) in foreign.sorted(by: { $0.key < $1.key }) {
            let language: Int
            if let known = languages.firstIndex(of: code) {
                language = known
            } else {
                languages.append(code)
                language = languages.count - 1
            }
            if table.insert(TextFolding.fold(word)).inserted { owners.append(language) }
        }
        for (index, owner) in owners.enumerated() where owner >= 0 {
            let signature = BufferView.borrowing(table.keyBytes(at: index)) { Self.signature($0) }
            foreignFilter[signature >> 6] |= 1 << UInt64(signature & 63)
        }
    }

    /// A cheap 16-bit hash of a key (length, first, middle and last bytes, mixed by multiplication)
    /// for `foreignFilter`.
    @inline(__always)
    private static func signature(_ key: BufferView<UInt8>) -> Int {
        let count = key.count
        guard count > 0 else { return 0 }
        var hash = UInt32(truncatingIfNeeded: count) &* 0x9E37_79B1
        hash = (hash ^ UInt32(key[0])) &* 0x85EB_CA6B
        hash = (hash ^ UInt32(key[count / 2])) &* 0xC2B2_AE35
        hash = (hash ^ UInt32(key[count - 1])) &* 0x27D4_EB2F
        return Int(hash >> 16)
    }

    /// Whether at least `minimumHits` word tokens may be foreign function words (the filter has
    /// false positives, never false negatives).
    private func mayBeForeign(_ tokens: TokenBuffer, keys: BufferView<UInt8>) -> Bool {
        var candidates = 0
        for token in tokens.tokens where token.kind == .word {
            let key = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
            let signature = Self.signature(key)
            if foreignFilter[signature >> 6] & (1 << UInt64(signature & 63)) != 0 {
                candidates += 1
                if candidates >= Self.minimumHits { return true }
            }
        }
        return false
    }

    /// The ISO code of the other language `tokens` are written in, `nil` when the text is French,
    /// English or too short to tell.
    public func foreignLanguage(of tokens: TokenBuffer) -> String? {
        guard !languages.isEmpty else { return nil }
        var native = 0
        // Counters in a vector rather than an array: an array was a heap allocation per text, on
        // the path of every row of `verbatim score`. Languages past the sixteenth are not counted
        // (`common/foreign.tsv` lists five).
        var hits = SIMD16<Int32>()
        let checked = tokens.withKeys { keys -> Bool in
            guard mayBeForeign(tokens, keys: keys) else { return false }
            for token in tokens.tokens where token.kind == .word {
                let key = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
                guard let index = table.find(key) else { continue }
                let owner = owners[index]
                if owner < 0 { native += 1 } else if owner < hits.scalarCount { hits[owner] += 1 }
            }
            return true
        }
        guard checked else { return nil }
        let counted = min(languages.count, hits.scalarCount)
        guard let best = (0..<counted).max(by: { hits[$0] < hits[$1] }) else { return nil }
        let count = Int(hits[best])
        guard count >= Self.minimumHits, count >= Self.dominanceRatio * native else { return nil }
        return languages[best]
    }
}
