import Testing

@testable import TextProcessing

/// The tokenizer takes most words (`merci`, `The`) by a fast path and leaves the rest to the general
/// scanner. Whatever surrounds a word, both must cut the same tokens with the same keys and flags:
/// a difference would change a score only for texts where the fast path happens to apply.
@Suite("Plain-word fast path")
struct PlainWordPathTests {
    /// The tokens and keys of `text`, with or without the fast path.
    static func tokens(_ bytes: [UInt8], plainWords: Bool) -> [String] {
        var buffer = TokenBuffer()
        BufferView.borrowing(bytes) { ByteTokenizer.tokenize($0, into: &buffer, plainWords: plainWords) }
        return buffer.tokens.map {
            "\($0.kind) \($0.start)-\($0.end) flags \($0.flags.rawValue) key \(buffer.keyString($0))"
        }
    }

    /// Pieces chosen around the fast path's edges: capitals inside and at the start, tripled
    /// letters, accents, both apostrophes, digits, e-mail and URL starts, hyphens, dots before a
    /// letter, and the separators that end a word.
    static let pieces = [
        "merci", "The", "sooo", "Aaah", "nuuul", "ok", "I", "a", "déçu", "Déçu", "arrivée", "l'", "aujourd'hui",
        "don't", "c’est", "qu'", "abc123", "12", "3,5", "www.site.fr", "http://x.fr", "https://y.com/z", "have",
        "what", "wwf", "jean.dupont@mail.fr", "a@b", "x_y", "c++", "site.com", "fin.", "peut-être", "top-notch",
        "NUL", "SUPER", "hEllo", "e\u{301}te\u{301}", "œuvre", "ﬁn", "😡", ":)", " ", " ", " ", "  ", "\n", "\t",
        ",", ".", "!", "?", "!!!", "...", "…", "-", "'", "’", "‘", "ʼ", "@", "_", "+", "(", ")", "\"", "/", "ß",
        "à", "ü", "été", "Été", "ÉTÉ", "café", "cafééé", "naïve", "où", "Ça", "ça", "×", "é", "l’", "L'", "Qu’",
        "qu‘", "jusqu’", "n'", "s’", "x'", "\u{A0}", "\u{202F}", "\u{A0}!", "Ω", "ﬀ", "{", "`", "|", "~", "[",
        "Z", "«", "»", "—", "👍", "\u{200D}", "e\u{301}", "\u{FFFD}", "\u{2028}",
    ]

    @Test("the fast path cuts every text exactly as the general scanner does")
    func agreesWithGeneralScanner() {
        var seed: UInt64 = 0x9E37_2026
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var fastWords = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0...next(8) { text += Self.pieces[next(Self.pieces.count)] }
            var bytes = Array(text.utf8)
            // One text in four gets a byte that breaks its UTF-8 (a lone lead or continuation
            // byte, or a byte never valid): texts from mail and exports are not always clean.
            if next(4) == 0, !bytes.isEmpty { bytes[next(bytes.count)] = [0xC3, 0x80, 0xFF, 0xE2][next(4)] }
            let fast = Self.tokens(bytes, plainWords: true)
            #expect(fast == Self.tokens(bytes, plainWords: false), "\(bytes)")
            fastWords += fast.count
        }
        #expect(fastWords > 10_000)
    }

    @Test(
        "a word's end decides whether it is plain",
        arguments: [
            ("merci beaucoup", ["merci", "beaucoup"]),
            ("Merci!", ["merci", "!"]),
            ("sooo good", ["soo", "good"]),
            ("site.com ok", ["site", ".", "com", "ok"]),
            ("jean.dupont@mail.fr", ["jean.dupont@mail.fr"]),
            ("don't", ["don't"]),
            ("abc123", ["abc123"]),
            ("arrivée.", ["arrivee", "."]),
            ("www.verbatim.fr", ["www.verbatim.fr"]),
            ("L’été à Paris\u{A0}!", ["l'", "ete", "a", "paris", "!"]),
            ("qu'il", ["qu'", "il"]),
        ])
    func plainWordEnds(text: String, keys: [String]) {
        #expect(Tokenizer.tokenize(text).map(\.key) == keys)
    }
}
