import PropertyBased
import Testing
import VerbatimModel

@testable import Scoring

/// `verbatim score` feeds the byte scorer whatever bytes a customer file holds, through one
/// scratch reused for millions of texts: whatever the bytes, the scorer returns, its score is a
/// finite number in -1…1 whose label agrees with it, and a reused scratch scores exactly as a
/// fresh one (nothing of a longer or stranger earlier text leaks into the next).
@Suite struct ByteScorerPropertyTests {
    /// Pieces that stress the tokenizer and the rules: invalid UTF-8, NULs, runs of punctuation,
    /// emoji with modifiers and joiners, ratings and dates, elisions, negators, intensifiers.
    static let piece = Gen<[UInt8]?>.element(of: [
        [0x00], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80],
        Array(" ".utf8), Array("\n".utf8), Array("\t".utf8), Array("\u{A0}".utf8), Array("!!!".utf8),
        Array("???".utf8), Array("...".utf8), Array("…".utf8), Array(",".utf8), Array("(".utf8), Array(")".utf8),
        Array("'".utf8), Array("’".utf8), Array("-".utf8), Array("/".utf8), Array("9/10".utf8), Array("4,5/5".utf8),
        Array("3/10/2025".utf8), Array("2 stars".utf8), Array("4 sur 5".utf8), Array("une étoile".utf8),
        Array("😡".utf8), Array("👍🏽".utf8), Array("👨‍👩‍👧".utf8), Array(":)".utf8), Array("l'".utf8),
        Array("qu’".utf8), Array("jusqu'".utf8), Array("pas".utf8), Array("ne".utf8), Array("not".utf8),
        Array("never".utf8), Array("jamais".utf8), Array("très".utf8), Array("super".utf8), Array("trop".utf8),
        Array("but".utf8), Array("mais".utf8), Array("if".utf8), Array("good".utf8), Array("bad".utf8),
        Array("déçu".utf8), Array("DÉÇU".utf8), Array("nuuuuul".utf8), Array("génial".utf8), Array("happy".utf8),
        Array("doesn't work".utf8), Array("pas de réponse".utf8), Array("http://x.fr".utf8), Array("a@b.fr".utf8),
        Array("1234567890".utf8), Array("peut-être".utf8), Array("Œuvre".utf8), Array("ß".utf8),
    ]).map { $0 ?? [0x20] }
    static let text = piece.array(of: 0...60).map { $0.joined().map { $0 } }
    static let raw = Gen.uint8().array(of: 0...400)
    static let languages: [Language] = [.fr, .en, .unknown]

    @Test func scoresOfArbitraryBytesAreBoundedConsistentAndIndependentOfTheScratch() async throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        var reused = ScoringScratch()
        await propertyCheck(count: 400, input: Self.text, Self.raw) { text, raw in
            for bytes in [text, raw, raw + text, text + raw] {
                for language in Self.languages {
                    let summary = scorer.score(utf8: bytes.span, language: language, scratch: &reused)
                    var fresh = ScoringScratch()
                    let again = scorer.score(utf8: bytes.span, language: language, scratch: &fresh)
                    Self.check(summary, bytes: bytes)
                    #expect(summary == again, "reused scratch differs on \(bytes)")
                    #expect(reused.items.count == fresh.items.count && reused.clauses.count == fresh.clauses.count)
                }
            }
        }
    }

    /// Huge inputs: one very long word, a long run of one punctuation mark, many short lines.
    @Test(arguments: ["a", "!", "?", ".", "é", "😡", "9/10 ", "pas ", "\n", "\u{0}"])
    func longRunsScore(unit: String) throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        var scratch = ScoringScratch()
        let bytes = Array(String(repeating: unit, count: 40_000 / unit.utf8.count).utf8)
        for language in Self.languages {
            Self.check(scorer.score(utf8: bytes.span, language: language, scratch: &scratch), bytes: bytes)
            // And a short text after it, in the grown scratch.
            let short = Array("Très déçu, mais le livreur était super.".utf8)
            var fresh = ScoringScratch()
            #expect(
                scorer.score(utf8: short.span, language: language, scratch: &scratch)
                    == scorer.score(utf8: short.span, language: language, scratch: &fresh))
        }
    }

    static func check(_ summary: ScoreSummary, bytes: [UInt8]) {
        #expect(summary.score.isFinite && summary.score >= -1 && summary.score <= 1, "score \(summary.score)")
        #expect(summary.language != .unknown, "the scorer always decides a language")
        // The label follows the score through the neutral band; only `mixed` may overrule it.
        let band = SentimentRules.neutralBand
        switch summary.label {
        case .positive: #expect(summary.score >= band, "positive label, score \(summary.score) for \(bytes)")
        case .negative: #expect(summary.score <= -band, "negative label, score \(summary.score) for \(bytes)")
        case .neutral: #expect(abs(summary.score) < band, "neutral label, score \(summary.score) for \(bytes)")
        case .mixed: break
        }
    }
}
