import Testing
import TextProcessing
import VerbatimModel

@Suite("Tokenizer")
struct TokenizerTests {
    static func keys(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.key) }

    @Test(
        "French elision splits the elided word off, with ' or ’",
        arguments: [
            ("l'avion", ["l'", "avion"]),
            ("qu'il", ["qu'", "il"]),
            ("j’aime", ["j'", "aime"]),
            ("Je n'aime pas", ["je", "n'", "aime", "pas"]),
            ("c'est jusqu'à demain", ["c'", "est", "jusqu'", "a", "demain"]),
            ("lorsqu'on", ["lorsqu'", "on"]),
            ("aujourd'hui", ["aujourd'hui"]),
            ("I don't know", ["i", "don't", "know"]),
            ("it’s fine", ["it's", "fine"]),
        ])
    func elision(text: String, expected: [String]) {
        #expect(Self.keys(text) == expected)
    }

    @Test(
        "keys are folded: case, accents, ligatures",
        arguments: [
            ("Déçu", "decu"), ("ÇA", "ca"), ("Œuvre", "oeuvre"), ("très", "tres"), ("NOËL", "noel"),
        ])
    func folding(text: String, key: String) {
        #expect(Self.keys(text) == [key])
    }

    @Test("decomposed accents fold like precomposed ones")
    func decomposed() {
        #expect(Self.keys("de\u{301}c\u{327}u") == ["decu"])
    }

    @Test(
        "repeated letters are cut to two and flagged",
        arguments: [
            ("nuuuul", "nuul"), ("sooooo", "soo"), ("Cooool", "cool"),
            ("abcdefgsssqwertyuiop", "abcdefgssqwertyuiop"), ("abcdefghhhhhhhhhhhhhhhhhhhhhhhhi", "abcdefghhi"),
        ])
    func elongation(text: String, key: String) {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize(text, into: &buffer)
        #expect(buffer.tokens.count == 1)
        #expect(buffer.keyString(buffer.tokens[0]) == key)
        #expect(buffer.tokens[0].flags.contains(.elongated))
    }

    /// `nuuul` and `nuul` must meet in the lexicons: a repeat is cut the same wherever it falls in a
    /// word (first letter, after a capital, at the text's end) and whatever precedes the word.
    @Test("letter runs are cut to two wherever they fall in a word")
    func elongationAcrossChunks() {
        var seed: UInt64 = 0x5EED_2026
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let letters = Array("abeilnorsu")
        var buffer = TokenBuffer()
        for _ in 0..<3000 {
            // 1 to 12 runs of the same letter, most of one or two letters, some of three to five;
            // the expected key keeps two of each.
            var word = ""
            var key = ""
            var elongated = false
            var previous: Character?
            for _ in 0...next(12) {
                var letter = letters[next(letters.count)]
                while letter == previous { letter = letters[next(letters.count)] }
                previous = letter
                let length = next(8) == 0 ? 3 + next(3) : 1 + next(2)
                word += String(repeating: letter, count: length)
                key += String(repeating: letter, count: min(length, 2))
                elongated = elongated || length >= 3
            }
            if next(4) == 0 {
                word = word.prefix(1).uppercased() + word.dropFirst()
            }
            let lead = String(repeating: "x ", count: next(5)) + String(repeating: " ", count: next(8))
            let tail = ["", ".", " ok", "!", ", é"][next(5)]
            buffer.removeAll()
            ByteTokenizer.tokenize(lead + word + tail, into: &buffer)
            let start = Int32(lead.utf8.count)
            guard let token = buffer.tokens.first(where: { $0.start == start }) else {
                Issue.record("no token at the start of \(word) in \(lead + word + tail)")
                continue
            }
            #expect(buffer.keyString(token) == key, "\(lead + word + tail)")
            #expect(token.flags.contains(.elongated) == elongated, "\(lead + word + tail)")
            #expect(token.end == start + Int32(word.utf8.count), "\(lead + word + tail)")
        }
    }

    @Test("ALL CAPS needs two letters and no lowercase")
    func caps() {
        let tokens = Tokenizer.tokenize("C'est NUL à éviter A")
        #expect(tokens.map(\.isAllCaps) == [false, false, true, false, false, false])
    }

    @Test("URLs, e-mail addresses, emoji and emoticons are single tokens")
    func specialTokens() {
        let tokens = Tokenizer.tokenize("voir https://exemple.fr/a?b=1. écrire à jean.dupont@mail.fr 😡👍🏽 super :-) <3")
        #expect(
            tokens.map(\.kind) == [
                .word, .url, .punctuation, .word, .word, .email, .emoji, .emoji, .word, .emoji, .emoji,
            ])
        #expect(tokens[1].key == "https://exemple.fr/a?b=1")
        #expect(tokens[9].key == ":-)")
    }

    @Test("offsets are UTF-8 byte offsets into the original text")
    func offsets() {
        let text = "Très déçu !!!"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        let pieces = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(pieces == ["Très", "déçu", "!!!"])
    }

    @Test("hyphenated words split but remember the hyphen; numbers keep decimals")
    func hyphensAndNumbers() {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize("peut-être 12,50 euros", into: &buffer)
        #expect(buffer.tokens.map { buffer.keyString($0) } == ["peut", "etre", "12,50", "euros"])
        #expect(buffer.tokens[1].flags.contains(.afterHyphen))
        #expect(buffer.tokens[2].kind == .number)
    }

    @Test("fold matches the tokenizer's keys", arguments: ["Déçu", "L’accueil", "Œil", "ÉNORME"])
    func foldAgrees(text: String) {
        #expect(TextFolding.fold(text) == Self.keys(text).joined())
    }
}

@Suite("Language identification")
struct LanguageIdentifierTests {
    @Test(
        "function words tell French from English",
        arguments: [
            ("Le colis est arrivé en retard et le service client ne répond pas", "fr"),
            ("The parcel arrived late and customer service is not answering", "en"),
            ("j'ai été très déçu par la qualité", "fr"),
            ("I was very disappointed with the quality of this product", "en"),
        ])
    func identifies(text: String, expected: String) {
        #expect(LanguageIdentifier.identify(text).rawValue == expected)
    }

    @Test("the declared language wins when the text is too short to tell")
    func shortText() {
        #expect(LanguageIdentifier.identify("Top !", declared: .fr) == .fr)
        #expect(LanguageIdentifier.identify("Super", declared: .en) == .en)
        #expect(LanguageIdentifier.identify("ok") == .unknown)
    }

    @Test("clear evidence overrules a wrong declaration")
    func overrule() {
        #expect(LanguageIdentifier.identify("Je ne suis pas content du tout de la livraison", declared: .en) == .fr)
    }
}
