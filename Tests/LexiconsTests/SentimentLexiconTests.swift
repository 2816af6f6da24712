import Foundation
import Lexicons
import Testing
import VerbatimModel

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
        let emotions = try Self.table(
            "furieux\tanger\t0.9\nfurieux\tfrustration\t0.4\n", columns: "term\temotion\tintensity")
        let negatorFile = try #require(files.first { $0.name == "negators.tsv" })
        let emotionFile = try #require(files.first { $0.name == "emotions.tsv" })
        let lexicon = try SentimentLexicon(language: .fr, tables: [(negatorFile, negators), (emotionFile, emotions)])
        #expect(lexicon.entry(for: "pas").flatMap(lexicon.negatorKind(of:)) == "full")
        #expect(lexicon.entry(for: "pas")?.spokenNegator == true)
        #expect(lexicon.entry(for: "furieux")?.emotions.map(\.emotion.rawValue) == ["anger", "frustration"])
    }

    @Test("negator kinds are interned by name; an empty kind is an error with its line")
    func negatorKinds() throws {
        let file = try #require(SentimentLexiconFile.perLanguage.first { $0.name == "negators.tsv" })
        let rows = try Self.table(
            "pas\tfull\tyes\njamais\tfull\tno\nsans\twithout\tno\n", columns: "term\tkind\tspoken")
        let lexicon = try SentimentLexicon(language: .fr, tables: [(file, rows)])
        #expect(lexicon.negatorKinds == ["", "full", "without"])
        #expect(lexicon.entry(for: "pas")?.negator == lexicon.entry(for: "jamais")?.negator)
        #expect(lexicon.entry(for: "sans")?.negator == 2)
        let empty = try Self.table("pas\t\tno\n", columns: "term\tkind\tspoken")
        #expect(throws: LexiconError.self) { try SentimentLexicon(language: .fr, tables: [(file, empty)]) }
    }
}
