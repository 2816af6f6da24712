import Foundation
import Lexicons
import Testing
import TextProcessing

@testable import Scoring

/// `WordIndex` answers the suffix rules of `SentimentEngine.stemmedIndex` from forms generated at
/// load time (`forEachStemmedForm`). This pins that the two agree on the repository lexicons for a
/// broad set of endings, so a new suffix rule without its inverse in the generator is caught here
/// rather than silently ignored by `verbatim score`.
@Suite("Stemmed forms resolved at load time")
struct StemmedFormIndexTests {
    /// More endings than the rules know, so forms the rules reject are checked too.
    static let endings = [
        "s", "x", "es", "ed", "ing", "er", "est", "ly", "ies", "ied", "ily", "ier", "iest", "ment", "ement", "ness",
        "ful", "able", "d", "e", "y", "ss",
    ]

    @Test("every generated or rejected form gets the answer of the rule of record")
    func agreement() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        for engine in [scorer.frenchEngine, scorer.englishEngine] {
            let lexicon = engine.lexicon
            var key: [UInt8] = []
            var checked = 0
            for number in 0..<lexicon.words.count where lexicon.wordEntries[number].hasValence {
                let stem = lexicon.words.keyBytes(at: number)
                var forms: [[UInt8]] = Self.endings.map { stem + Array($0.utf8) }
                if let last = stem.last {
                    forms += Self.endings.map { stem + [last] + Array($0.utf8) }
                    forms += Self.endings.map { stem.dropLast() + Array($0.utf8) }
                }
                for form in forms {
                    let expected = BufferView.borrowing(form) { engine.stemmedIndex($0, elongated: false, &key) }
                    let record = BufferView.borrowing(form) {
                        scorer.index.find($0, hash: KeyHash.of($0), prefix: WordIndex.prefix(of: $0))
                    }
                    let resolved = record < 0 ? -1 : Int(scorer.index.records[record].stem(french: engine.isFrench))
                    #expect(resolved == (expected ?? -1), "\(String(decoding: form, as: UTF8.self))")
                    checked += 1
                }
            }
            #expect(checked > 1000)
        }
    }
}
