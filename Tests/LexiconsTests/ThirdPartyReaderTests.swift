import Foundation
import Lexicons
import Testing
import VerbatimModel

@Suite("Third-party lexicon readers (VADER, FEEL, NRC EmoLex)")
struct ThirdPartyReaderTests {
    static func read(_ name: String, format: ThirdPartyFormat? = nil) throws -> ThirdPartyLexicon {
        try ThirdPartyLexicon(ExtraLexiconReference(path: ThirdPartyFixtures.path(name), format: format))
    }

    static func entry(_ lexicon: ThirdPartyLexicon, _ term: String) -> ThirdPartyEntry? {
        lexicon.entries.first { $0.term == term }
    }

    @Test("VADER: the mean is the valence as is; bad lines are findings with their line numbers")
    func vader() throws {
        let lexicon = try Self.read(ThirdPartyFixtures.vader)
        #expect(lexicon.format == .vader)
        #expect(lexicon.language == .en)
        #expect(lexicon.lines == 8)
        #expect(lexicon.entries.map(\.term) == ["shambolic", "peachy", "janky", "excellent", "no", "hot mess"])
        #expect(Self.entry(lexicon, "shambolic")?.valence == -2.3)
        #expect(Self.entry(lexicon, "hot mess")?.line == 8)
        #expect(lexicon.entries.allSatisfy { $0.emotions.isEmpty })
        #expect(lexicon.findings.map(\.position) == ["line 6", "line 7"])
        #expect(
            lexicon.findings.allSatisfy { $0.severity == .warning && $0.source.hasSuffix(ThirdPartyFixtures.vader) })
        #expect(lexicon.findings[0].reason.contains("oops"))
        #expect(lexicon.findings[1].reason.contains("outside"))
    }

    @Test("FEEL: polarity becomes ±2, fear becomes worry; CRLF lines, the header and bad rows")
    func feel() throws {
        let lexicon = try Self.read(ThirdPartyFixtures.feel)
        #expect(lexicon.format == .feel)
        #expect(lexicon.language == .fr)
        #expect(
            lexicon.entries.map(\.term) == ["ringard", "calamiteux", "épatant", "coup de massue", "vexant", "rigolo"])
        let calamiteux = try #require(Self.entry(lexicon, "calamiteux"))
        #expect(calamiteux.valence == -ThirdPartyEntry.polarityValence)
        #expect(calamiteux.emotions == [.worry, .sadness])
        #expect(Self.entry(lexicon, "épatant")?.valence == ThirdPartyEntry.polarityValence)
        #expect(Self.entry(lexicon, "épatant")?.emotions == [.joy, .surprise])
        #expect(Self.entry(lexicon, "ringard")?.emotions == [.disgust])
        #expect(Self.entry(lexicon, "rigolo")?.line == 9)
        #expect(lexicon.findings.map(\.position) == ["line 7", "line 8"])
        #expect(lexicon.findings[0].reason.contains("maybe"))
    }

    @Test("NRC: ten lines make one word; positive or negative alone gives ±2, anticipation is dropped")
    func nrc() throws {
        let lexicon = try Self.read(ThirdPartyFixtures.nrc)
        #expect(lexicon.format == .nrc)
        #expect(lexicon.language == .en)
        #expect(
            lexicon.entries.map(\.term) == ["ambivalent", "chuffed", "doohickey", "peachy", "skittish", "slapdash"])
        let ambivalent = try #require(Self.entry(lexicon, "ambivalent"))
        #expect(ambivalent.valence == nil, "positive and negative together give no valence")
        #expect(ambivalent.emotions == [.surprise])
        #expect(Self.entry(lexicon, "skittish")?.valence == -ThirdPartyEntry.polarityValence)
        #expect(Self.entry(lexicon, "skittish")?.emotions == [.worry])
        #expect(Self.entry(lexicon, "chuffed")?.emotions == [.joy])
        #expect(Self.entry(lexicon, "slapdash")?.emotions == [.anger, .sadness, .disgust])
        #expect(Self.entry(lexicon, "doohickey")?.isUseful == false)
        #expect(lexicon.findings.map(\.position) == ["line 21", "line 42"])
    }

    @Test(
        "the format is recognised from the first lines",
        arguments: [
            (ThirdPartyFixtures.vader, ThirdPartyFormat.vader), (ThirdPartyFixtures.feel, .feel),
            (ThirdPartyFixtures.nrc, .nrc),
        ])
    func detection(file: String, format: ThirdPartyFormat) throws {
        #expect(ThirdPartyFormat.detect(in: try ThirdPartyFixtures.text(file)) == format)
    }

    @Test(
        "detection without a header, and text of no known shape",
        arguments: [
            ("7;grotesque;negative;0;0;0;0;0;1\n8;radieux;positive;1;0;0;0;0;0\n", ThirdPartyFormat?.some(.feel)),
            ("wobbly\t-0.9\t0.3\n", .vader),
            ("\u{FEFF}zesty\tjoy\t1\nzesty\tfear\t0\n", .nrc),
            ("term\tvalence\nsuperb\t3\n", nil),
            ("", nil),
        ])
    func detectionEdges(text: String, format: ThirdPartyFormat?) {
        #expect(ThirdPartyFormat.detect(in: text) == format)
    }

    @Test("FEEL cells may be quoted, as a spreadsheet saves them")
    func quotedCells() throws {
        let text =
            "\"id\";\"word\";\"polarity\";\"joy\";\"fear\";\"sadness\";\"anger\";\"surprise\";\"disgust\"\n"
            + "\"12\";\"coup de pouce\";\"positive\";\"1\";\"0\";\"0\";\"0\";\"0\";\"0\"\n"
            + "13; \"dit \"\"bof\"\"\" ;negative;0;0;1;0;0;0\n"
        let lexicon = try ThirdPartyLexicon(text: text, source: "feel.csv")
        #expect(lexicon.format == .feel)
        #expect(lexicon.entries.map(\.term) == ["coup de pouce", "dit \"bof\""])
        #expect(lexicon.entries.first?.emotions == [.joy])
        #expect(lexicon.findings.isEmpty)
    }

    @Test("a preamble before the data does not hide the format; its lines are reported and skipped")
    func preamble() throws {
        let preamble = (1...30).map { "Licence and description line \($0) of an invented preamble." }
        let rows = ["zesty", "grumpy"].flatMap { word in
            ["anger", "anticipation", "disgust", "fear", "joy", "negative", "positive", "sadness", "surprise", "trust"]
                .map { "\(word)\t\($0)\t\($0 == "joy" ? 1 : 0)" }
        }
        let text = (preamble + rows).joined(separator: "\n")
        #expect(ThirdPartyFormat.detect(in: text) == .nrc)
        let lexicon = try ThirdPartyLexicon(text: text, source: "emolex.txt")
        #expect(lexicon.entries.map(\.term) == ["zesty", "grumpy"])
        #expect(lexicon.findings.count == 30)
    }

    @Test("a file of no known format is an error naming the file; the format option overrides detection")
    func unknownFormat() throws {
        #expect(throws: LexiconError.self) {
            try ThirdPartyLexicon(text: "term\tvalence\nsuperb\t3\n", source: "mine.tsv")
        }
        do {
            _ = try ThirdPartyLexicon(text: "term\tvalence\n", source: "mine.tsv")
        } catch {
            #expect(error.description.hasPrefix("mine.tsv:1:"))
            #expect(error.description.contains("--extra-lexicon-format"))
        }
        // Forced to NRC, the VADER sample is all bad lines, none a crash.
        let forced = try Self.read(ThirdPartyFixtures.vader, format: .nrc)
        #expect(forced.format == .nrc)
        #expect(forced.entries.isEmpty)
        #expect(forced.findings.count == 8)
    }

    @Test("a missing file is an unreadable-file error naming it")
    func missingFile() {
        let reference = ExtraLexiconReference(path: "/nonexistent/vader_lexicon.txt")
        #expect {
            try ThirdPartyLexicon(reference)
        } throws: { error in
            guard case .unreadable(let file, _) = error as? LexiconError else { return false }
            return file == "/nonexistent/vader_lexicon.txt"
        }
    }

    @Test("a Windows-1252 FEEL file is read, with a warning")
    func windows1252() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("feel-latin1-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text =
            "id;word;polarity;joy;fear;sadness;anger;surprise;disgust\n1;décevant;negative;0;0;1;0;0;0\n2;rancœur;negative;0;0;1;1;0;0\n"
        try #require(text.data(using: .windowsCP1252)).write(to: url)
        let lexicon = try ThirdPartyLexicon(ExtraLexiconReference(path: url.path))
        #expect(lexicon.entries.map(\.term) == ["décevant", "rancœur"])
        #expect(lexicon.findings.map(\.reason) == ["not valid UTF-8; read as Windows-1252"])
    }

    @Test(
        "--extra-lexicon arguments: language and format prefixes, and plain paths left whole",
        arguments: [
            ("fr:lex/nrc-fr.txt", "lex/nrc-fr.txt", Language?.some(.fr), ThirdPartyFormat?.none),
            ("en:nrc:emolex.txt", "emolex.txt", .en, .nrc),
            ("feel:FEEL.csv", "FEEL.csv", nil, .feel),
            ("vader_lexicon.txt", "vader_lexicon.txt", nil, nil),
            ("/data/a:b.txt", "/data/a:b.txt", nil, nil),
            ("de:lex.txt", "de:lex.txt", nil, nil),
        ])
    func reference(argument: String, path: String, language: Language?, format: ThirdPartyFormat?) {
        let reference = ExtraLexiconReference(argument: argument)
        #expect(reference.source == path)
        #expect(reference.language == language)
        #expect(reference.format == format)
    }

    @Test("--extra-lexicon-format applies unless the argument names its own format")
    func defaultFormat() {
        #expect(ExtraLexiconReference(argument: "x.txt", defaultFormat: .nrc).format == .nrc)
        #expect(ExtraLexiconReference(argument: "vader:x.txt", defaultFormat: .nrc).format == .vader)
    }
}
