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
    }

    /// The ISO code of the other language `tokens` are written in, `nil` when the text is French,
    /// English or too short to tell.
    public func foreignLanguage(of tokens: TokenBuffer) -> String? {
        guard !languages.isEmpty else { return nil }
        var native = 0
        var hits = [Int](repeating: 0, count: languages.count)
        tokens.withKeys { keys in
            for token in tokens.tokens where token.kind == .word {
                let key = keys.extracting(Int(token.keyStart)..<Int(token.keyEnd))
                guard let index = table.find(key) else { continue }
                let owner = owners[index]
                if owner < 0 { native += 1 } else { hits[owner] += 1 }
            }
        }
        guard let best = hits.indices.max(by: { hits[$0] < hits[$1] }) else { return nil }
        let count = hits[best]
        guard count >= Self.minimumHits, count >= Self.dominanceRatio * native else { return nil }
        return languages[best]
    }
}
