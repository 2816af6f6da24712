import Foundation
import Scoring
import Testing
import VerbatimModel

/// `verbatim explain` prints, per item, the texts of the rules that fired; each text lives in its
/// rule's file. `Golden/explain.txt` holds the traces of sentences that fire every rule, recorded
/// before the rules moved to their own files, so the texts and their order stay what users read.
@Suite("Explain snapshots")
struct ExplainSnapshotTests {
    static let blocks: [(Language, String, String)] = {
        let url = GoldenScoreTests.folder.appendingPathComponent("explain.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.components(separatedBy: "### ").dropFirst().compactMap { block in
            let lines = block.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let head = lines[0].split(separator: "\t", maxSplits: 1)
            guard head.count == 2, lines.count == 2, let language = Language(tag: String(head[0])) else { return nil }
            return (language, String(head[1]), String(lines[1]))
        }
    }()

    @Test("every recorded trace is reproduced byte for byte")
    func traces() throws {
        let scorer = try #require(RepositoryLexicons.scorer)
        #expect(Self.blocks.count == 16)
        for (language, text, expected) in Self.blocks {
            #expect(scorer.explain(text, language: language) == expected, "\(text)")
        }
    }
}
