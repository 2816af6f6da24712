import Foundation
import Lexicons
import Testing
import VerbatimModel

@Suite("Overlaying third-party lexicons: ours win, they fill the gaps")
struct ThirdPartyOverlayTests {
    /// A small English lexicon of ours: `excellent` has a valence, `no` is a negator, `hot` is bad in excess.
    static func ours() throws -> SentimentLexicon {
        func table(_ columns: String, _ body: String) throws -> TSVTable {
            try TSVTable(text: "# format: test\n\(columns)\n\(body)", file: "test.tsv")
        }
        func file(_ name: String) throws -> SentimentLexiconFile {
            try #require(SentimentLexiconFile.perLanguage.first { $0.name == name })
        }
        return try SentimentLexicon(
            language: .en,
            tables: [
                (file("valence.tsv"), table("term\tvalence", "excellent\t3.2\n")),
                (file("negators.tsv"), table("term\tkind\tspoken", "no\tfull\tno\n")),
                (file("excess.tsv"), table("term\trole", "hot\ttarget\n")),
            ])
    }

    static func read(_ name: String) throws -> ThirdPartyLexicon {
        try ThirdPartyLexicon(ExtraLexiconReference(path: ThirdPartyFixtures.path(name)))
    }

    @Test("our valences and negators are kept; new words and expressions are added and tagged")
    func precedence() throws {
        var lexicon = try Self.ours()
        let vader = try Self.read(ThirdPartyFixtures.vader)
        let report = lexicon.overlay(vader)
        #expect(report.terms == 6)
        #expect(report.added == 4)
        #expect(report.shadowedByOurs == 2)
        #expect(report.findings.count == 2)
        #expect(lexicon.entry(for: "excellent")?.valence == 3.2)
        let no = try #require(lexicon.entry(for: "no"))
        #expect(lexicon.negatorKind(of: no) == "full")
        #expect(!no.hasValence, "VADER's -1.2 for 'no' must not turn our negator into a complaint")
        #expect(lexicon.entry(for: "Shambolic")?.valence == -2.3)
        #expect(lexicon.entry(for: "hot mess")?.valence == -2)
        #expect(lexicon.entry(for: "hot")?.longestPhrase == 2)
        #expect(lexicon.entry(for: "hot")?.excess == .target)
        #expect(lexicon.thirdPartySource(ofKey: "shambolic") == vader.source)
        #expect(lexicon.thirdPartySource(ofKey: "hot mess") == vader.source)
        #expect(lexicon.thirdPartySource(ofKey: "excellent") == nil)
    }

    @Test("an earlier extra lexicon wins over a later one")
    func order() throws {
        let vader = try Self.read(ThirdPartyFixtures.vader)
        let nrc = try Self.read(ThirdPartyFixtures.nrc)

        var vaderFirst = try Self.ours()
        _ = vaderFirst.overlay(vader)
        let nrcReport = vaderFirst.overlay(nrc)
        #expect(vaderFirst.entry(for: "peachy")?.valence == 2.1)
        #expect(vaderFirst.entry(for: "peachy")?.emotions.isEmpty == true)
        #expect(nrcReport.shadowedByExtra == 1)
        #expect(nrcReport.empty == 1, "doohickey has nothing we use")
        #expect(nrcReport.added == 4)

        var nrcFirst = try Self.ours()
        _ = nrcFirst.overlay(nrc)
        let peachy = try #require(nrcFirst.entry(for: "peachy"))
        #expect(peachy.valence == ThirdPartyEntry.polarityValence)
        #expect(peachy.emotions.map(\.emotion) == [.joy, .trust])
        #expect(peachy.emotions.allSatisfy { $0.intensity == Double(ThirdPartyEntry.flaggedEmotionIntensity) })
        #expect(nrcFirst.thirdPartySource(ofKey: "peachy") == nrc.source)
    }

    @Test("an entry keeps the first two emotions in Emotion order; an emotion without valence is kept")
    func emotions() throws {
        var lexicon = try Self.ours()
        _ = lexicon.overlay(try Self.read(ThirdPartyFixtures.nrc))
        #expect(lexicon.entry(for: "slapdash")?.emotions.map(\.emotion) == [.anger, .sadness])
        let ambivalent = try #require(lexicon.entry(for: "ambivalent"))
        #expect(!ambivalent.hasValence)
        #expect(ambivalent.emotions.map(\.emotion) == [.surprise])
        #expect(lexicon.entry(for: "doohickey") == nil)
    }

    @Test("FEEL fills a French lexicon; multiword terms become phrases")
    func feelPhrases() throws {
        var lexicon = try SentimentLexicon(language: .fr, tables: [])
        let report = lexicon.overlay(try Self.read(ThirdPartyFixtures.feel))
        #expect(report.added == 6)
        #expect(lexicon.phraseCount == 1)
        #expect(lexicon.entry(for: "Coup de MASSUE")?.valence == -ThirdPartyEntry.polarityValence)
        #expect(lexicon.entry(for: "epatant")?.valence == ThirdPartyEntry.polarityValence)
    }

    @Test("a term with no token is a finding, not an entry")
    func noToken() throws {
        var lexicon = try Self.ours()
        // A zero-width space: not blank to the reader, but no token to the tokenizer.
        try #require(SentimentLexicon.keys(of: "\u{200B}").isEmpty)
        let extra = try ThirdPartyLexicon(text: "\u{200B}\t-1.0\t0.5\t[-1]\nwobbly\t-0.9\t0.3\t[-1]\n", source: "x.txt")
        let report = lexicon.overlay(extra)
        #expect(report.added == 1)
        #expect(report.findings.map(\.position) == ["line 1"])
    }
}
