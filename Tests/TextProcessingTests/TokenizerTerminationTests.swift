import Testing

@testable import TextProcessing

/// Every character, alone or inside a word, is tokenized in finite time and within the text.
/// (A micro sign `µ` once looped forever: one such character in one e-mail hung a whole nightly run.)
@Suite struct TokenizerTerminationTests {
    static let scalars: [Unicode.Scalar] = (0x80..<0x3000).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func everyScalarBelowCJKIsConsumed() {
        for scalar in Self.scalars {
            for text in [String(scalar), "a\(scalar)b", "\(scalar)\(scalar) ok", "Mot\(scalar)"] {
                let tokens = Tokenizer.tokenize(text)
                let size = text.utf8.count
                #expect(
                    tokens.allSatisfy { $0.start >= 0 && $0.start <= $0.end && $0.end <= size },
                    "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test(arguments: ["µ", "5 µm", "ª", "º", "ð", "þ", "ß", "ĸ", "ŉ", "ſ"])
    func latinLettersOutsideTheFoldingTableBecomeWords(text: String) {
        let tokens = Tokenizer.tokenize(text)
        #expect(!tokens.isEmpty)
    }
}
