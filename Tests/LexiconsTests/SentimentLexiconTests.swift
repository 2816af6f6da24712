import Foundation
import Lexicons
import VerbatimModel
import Testing

@Suite("Sentiment lexicon loading")
struct SentimentLexiconTests {
    static func table(_ body: String, columns: String) throws -> TSVTable {
        try TSVTable(text: "# format: test\n# scale: test\n\(columns)\n\(body)", file: "test.tsv")
    }

    @Test("terms are keyed like the tokenizer keys text: accents, case, apostrophes")
    func folding() throws {
        let valence = try Self.table("Déçu\t-2\nl’accueil\t1\n", columns: "term\tvalence")
        let lexicon = try SentimentLexicon(language: .fr, tables: [(SentimentLexiconFile.perLanguage[0], valence)])
        #expect(lexicon.entry(for: "DECU")?.valence == -2)
        #expect(lexicon.entry(for: "l'accueil")?.valence == 1)
    }

    @Test("multiword terms become phrases and mark their first word")
    func phrases() throws {
        let valence = try Self.table("aucun problème\t2\npas mal\t1.5\n", columns: "expression\tvalence")
        let lexicon = try SentimentLexicon(language: .fr, tables: [(SentimentLexiconFile.perLanguage[1], valence)])
        #expect(lexicon.phraseCount == 2)
        #expect(lexicon.entry(for: "Aucun Problème")?.valence == 2)
        #expect(lexicon.entry(for: "aucun")?.longestPhrase == 2)
    }

    @Test("attributes from several files merge on one entry")
    func merge() throws {
        let files = SentimentLexiconFile.perLanguage
        let negators = try Self.table("pas\tfull\tyes\n", columns: "term\tkind\tspoken")
        let emotions = try Self.table("furieux\tanger\t0.9\nfurieux\tfrustration\t0.4\n", columns: "term\temotion\tintensity")
        let negatorFile = try #require(files.first { $0.name == "negators.tsv" })
        let emotionFile = try #require(files.first { $0.name == "emotions.tsv" })
        let lexicon = try SentimentLexicon(language: .fr, tables: [(negatorFile, negators), (emotionFile, emotions)])
        #expect(lexicon.entry(for: "pas")?.negator == .full)
        #expect(lexicon.entry(for: "pas")?.spokenNegator == true)
        #expect(lexicon.entry(for: "furieux")?.emotions.map(\.emotion.rawValue) == ["anger", "frustration"])
    }

    @Test("each negator kind of negators.tsv has one spelling, which reads back as its negator")
    func negatorKinds() {
        for negator in LexiconEntry.Negator.allCases where negator != .none {
            #expect(LexiconEntry.Negator(kind: negator.kind) == negator)
        }
        #expect(Set(LexiconEntry.Negator.kinds).count == LexiconEntry.Negator.allCases.count - 1)
        #expect(LexiconEntry.Negator(kind: "sometimes") == nil)
        #expect(LexiconEntry.Negator(kind: "") == nil)
    }
}
