import Foundation
import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// Bytes of a fixture written for these tests (never real third-party data).
private func fixture(_ relativePath: String) throws -> [UInt8] {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
}

@Suite struct SurveyReaderTests {
    @Test("A direction column says who wrote each row: the company's rows are agent messages, never customer text")
    func directionColumnSkipsTheCompanysRows() {
        let csv = """
            tweet_id,author_id,inbound,created_at,text
            1,115712,True,Tue Oct 31 22:10:47 +0000 2017,@sprintcare my phone keeps dropping calls
            2,sprintcare,False,Tue Oct 31 22:11:45 +0000 2017,@115712 We are sorry to hear that. Please DM us.
            3,115712,True,Tue Oct 31 22:15:00 +0000 2017,@sprintcare still nothing fixed

            """
        let output = SurveyReader.read(Array(csv.utf8), path: "twcs.csv", options: IngestOptions())
        #expect(
            output.verbatims.map(\.text) == [
                "@sprintcare my phone keeps dropping calls", "@sprintcare still nothing fixed",
            ])
        #expect(output.skipped[.agent] == 1)
        #expect(output.format.contains("direction=inbound"))
    }

    @Test("A column named like a direction that names no side is read as before")
    func directionColumnOfSomethingElseIsIgnored() {
        let csv = "id,direction,comment\n1,nord,Livraison en retard\n2,sud,Colis abîmé\n"
        let output = SurveyReader.read(Array(csv.utf8), path: "d.csv", options: IngestOptions())
        #expect(output.verbatims.count == 2)
        #expect(output.skipped[.agent] == nil)
    }

    @Test func frenchExcelExportSemicolonWindows1252CRLFMultiLine() throws {
        let output = SurveyReader.read(try fixture("survey/french-excel.csv"), path: "fr.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-csv (;, windows-1252)"))
        let texts = output.verbatims.map(\.text)
        #expect(
            texts[0]
                == "Colis livré avec 10 jours de retard.\nLe transporteur a dit \"introuvable\" alors que j'étais chez moi."
        )
        #expect(
            texts[1] == "Toujours pas remboursé de mes 89 € après 5 semaines, c'est une blague ; j'ai appelé 4 fois.")
        #expect(texts[3] == "Livreur sympa, œuvre d'art ce carton !")
        // The multi-line record spans lines 2–3, so the next record starts on line 4.
        #expect(
            output.verbatims.map(\.source.position) == ["row 2", "row 4", "row 5", "row 6", "row 7", "row 8", "row 9"])
        #expect(output.verbatims.map(\.scores.nps) == [2, 0, 9, nil, 10, 7, nil])
        #expect(
            output.verbatims.map(\.touchpointHint) == [
                "Livraison", "Remboursement", "Commande", "Livraison", "Service client", "Commande", "Service client",
            ])
        #expect(output.verbatims[0].date == LooseDate.parse("2025-03-03T09:14:00Z"))
        #expect(
            output.verbatims[0].customer
                == CustomerKey.key(for: "respondent:R-1001", secret: IngestOptions().customerKeySecret))
    }

    @Test func outOfRangeAndNonNumericScoresAreFindingsAndTheResponseStillCounts() throws {
        let output = SurveyReader.read(try fixture("survey/french-excel.csv"), path: "fr.csv", options: IngestOptions())
        let reasons = output.findings.map(\.reason)
        #expect(reasons.contains("NPS value \"12\" outside 0–10"))
        #expect(reasons.contains("NPS value \"neuf\" is not a whole number"))
        #expect(output.findings.first?.position.hasPrefix("row 6, column Quelle est la probabilité") == true)
        #expect(output.verbatims.contains { $0.text == "Conseillère très aimable." })
    }

    @Test func noContentCommentIsCountedAndScoreWithoutCommentIsKept() throws {
        let output = SurveyReader.read(try fixture("survey/french-excel.csv"), path: "fr.csv", options: IngestOptions())
        #expect(output.skipped[.noContent] == 1)
        // "RAS" with a 10 and an empty comment with a 7: both kept for NPS, with empty text.
        let scoreOnly = output.verbatims.filter { $0.text.isEmpty }
        #expect(scoreOnly.map(\.scores.nps) == [10, 7])
    }

    @Test func excelUnicodeTextUTF16LETabsCESAndCSAT() throws {
        let output = SurveyReader.read(
            try fixture("survey/excel-unicode-text.txt"), path: "u.txt", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-csv (tab, utf-16le)"))
        #expect(output.verbatims.count == 3)
        #expect(output.verbatims[0].text == "The chatbot kept looping and sent me back to the FAQ three times.")
        #expect(output.verbatims[2].text == "Très bon accueil téléphonique, un peu d'attente.")
        #expect(output.verbatims.map(\.scores.ces) == [2, 6, 5])
        #expect(output.verbatims.map(\.scores.cesScale) == [7, 7, 7])
        #expect(output.verbatims.map(\.scores.csat) == [1, 4, 4])
        #expect(output.verbatims.map(\.declaredLanguage) == [.en, .en, .fr])
        #expect(output.verbatims.map(\.touchpointHint) == ["Chat", "Chat", "Téléphone"])
        #expect(output.findings.isEmpty)
    }

    @Test func utf16BigEndianWithBOM() {
        let text = "id,NPS,Commentaire\n1,3,Trop cher\n"
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let output = SurveyReader.read(bytes, path: "be.csv", options: IngestOptions())
        #expect(output.verbatims.map(\.text) == ["Trop cher"])
        #expect(output.verbatims.first?.scores.nps == 3)
    }

    @Test func qualtricsThreeHeaderRowsUseQuestionTexts() throws {
        let output = SurveyReader.read(try fixture("survey/qualtrics.csv"), path: "q.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-qualtrics (,, utf-8)"))
        #expect(output.verbatims.count == 2)
        #expect(output.verbatims.map(\.source.position) == ["row 4", "row 5"])
        #expect(output.verbatims.map(\.scores.nps) == [3, 10])
        #expect(output.verbatims[0].text == "The parcel arrived late and damaged, and the refund form does not work.")
        // The journey step comes from the question, not from Qualtrics' DistributionChannel.
        #expect(output.verbatims.map(\.touchpointHint) == ["Delivery", "Livraison"])
        #expect(output.verbatims.map(\.declaredLanguage) == [.en, .fr])
        #expect(output.verbatims[0].date == LooseDate.parse("2025-03-12T10:03:40Z"))
    }

    @Test func surveyMonkeyTwoHeaderRows() throws {
        let output = SurveyReader.read(try fixture("survey/surveymonkey.csv"), path: "s.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-surveymonkey"))
        #expect(output.verbatims.map(\.scores.nps) == [8, 4])
        #expect(
            output.verbatims.map(\.text) == [
                "Cheaper delivery options please.", "Nobody answered the phone for 40 minutes.",
            ])
        #expect(output.verbatims.map(\.source.position) == ["row 3", "row 4"])
        #expect(output.verbatims[0].date == LooseDate.parse("2025-03-14T09:04:55Z"))
    }

    @Test func googleFormsHorodateurAndEffortScaleReversed() {
        let csv = """
            Horodateur,Quel effort avez-vous dû fournir pour obtenir une réponse ? (1 = très faible effort),Votre remarque
            2025/03/15 10:12:01 UTC+1,5,J'ai dû rappeler trois fois
            2025/03/15 11:00:00 UTC+1,1,Réponse immédiate
            """
        let output = SurveyReader.read(Array(csv.utf8), path: "g.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-google-forms"))
        // CES 1.0 asks for effort (high = hard); stored oriented so that high means easy.
        #expect(output.verbatims.map(\.scores.ces) == [1, 5])
        #expect(output.verbatims.map(\.text) == ["J'ai dû rappeler trois fois", "Réponse immédiate"])
    }

    @Test func typeformExport() {
        let csv = """
            #,"How likely are you to recommend Maison Lumière to a friend?",Tell us why,Start Date (UTC),Submit Date (UTC),Network ID
            a1b2c3,10,"Lovely lamp, fast delivery",2025-03-14 09:30:12,2025-03-14 09:31:40,f00d
            d4e5f6,4,Refund still pending after a month,2025-03-15 18:02:00,2025-03-15 18:03:10,beef
            """
        let output = SurveyReader.read(Array(csv.utf8), path: "t.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-typeform"))
        #expect(output.verbatims.map(\.scores.nps) == [10, 4])
        #expect(output.verbatims.map(\.text) == ["Lovely lamp, fast delivery", "Refund still pending after a month"])
        #expect(output.verbatims[1].date == LooseDate.parse("2025-03-15T18:03:10Z"))
        #expect(
            output.verbatims[0].customer
                == CustomerKey.key(for: "respondent:a1b2c3", secret: IngestOptions().customerKeySecret))
    }

    @Test func raggedRowAndUnterminatedQuoteAreReported() {
        let csv = "id;NPS;Commentaire\r\n1;8;Bien\r\n2;5\r\n3;4;\"Jamais reçu\r\n"
        let output = SurveyReader.read(Array(csv.utf8), path: "r.csv", options: IngestOptions())
        #expect(output.findings.contains { $0.position == "row 3" && $0.reason.hasPrefix("ragged row") })
        #expect(output.findings.contains { $0.position == "row 4" && $0.reason.contains("never closed") })
        #expect(output.verbatims.map(\.scores.nps) == [8, 5, 4])
    }

    /// A fixture built like the real telco export (stage column, 0–10 score, category, verbatim):
    /// the NPS inputs per stage must match a hand count: Order 2 promoters / 1 detractor of 4,
    /// First Payment 1 / 3 of 5, Equipment Received 1 / 2 of 3, Service in Use 1 / 1 of 2.
    @Test func telcoStyleExportGivesNPSInputsPerJourneyStage() throws {
        let output = SurveyReader.read(
            try fixture("survey/telco-nps-stages.csv"), path: "t.csv", options: IngestOptions())
        #expect(output.format.contains("nps=NPS_SCORE"))
        #expect(output.format.contains("touchpoint=SURVEY_SUB_TYPE"))
        // 15 responses: all kept ("none" and the empty comment keep their score; the last has text only).
        #expect(output.verbatims.count == 15)
        #expect(output.skipped[.noContent] == 1)
        var tally: [String: (n: Int, promoters: Int, detractors: Int)] = [:]
        for verbatim in output.verbatims {
            guard let nps = verbatim.scores.nps, let stage = verbatim.touchpointHint else { continue }
            var entry = tally[stage, default: (0, 0, 0)]
            entry.n += 1
            if nps >= 9 { entry.promoters += 1 } else if nps <= 6 { entry.detractors += 1 }
            tally[stage] = entry
        }
        #expect(try #require(tally["Order"]) == (4, 2, 1))
        #expect(try #require(tally["First Payment"]) == (5, 1, 3))
        #expect(try #require(tally["Equipment Received"]) == (3, 1, 2))
        #expect(try #require(tally["Service in Use"]) == (2, 1, 1))
        #expect(output.findings.isEmpty)
    }

    @Test func mappingFileOverridesDetection() {
        let csv = "Q1,Q2,Q3,Champ 4\n2,Livraison,Jamais reçu mon colis,ignoré\n"
        let detected = SurveyReader.read(Array(csv.utf8), path: "m.csv", options: IngestOptions())
        // Detection finds the free text by its length but cannot know that Q1 is the NPS.
        #expect(detected.verbatims.map(\.scores.nps) == [nil])
        let (mapping, findings) = SurveyColumnMapping.parse(
            "# colonnes de l'export\ncolumn\trole\nq1\tnps\nQ2\ttouchpoint\nQ3\tcomment\nChamp 4\tbogus\n",
            source: "map.tsv")
        #expect(findings.map(\.position) == ["line 6"])
        let output = SurveyReader.read(
            Array(csv.utf8), path: "m.csv", options: IngestOptions(surveyColumnMapping: mapping))
        #expect(output.verbatims.map(\.text) == ["Jamais reçu mon colis"])
        #expect(output.verbatims.first?.scores.nps == 2)
        #expect(output.verbatims.first?.touchpointHint == "Livraison")
        #expect(output.format.hasSuffix("nps=Q1; touchpoint=Q2; comment=Q3"))
    }

    @Test func mappingFileSavedWithWindowsLineEndsReadsTheSame() {
        let unix = "column\trole\nq1\tnps\nQ3\tcomment\n"
        let (fromUnix, unixFindings) = SurveyColumnMapping.parse(unix, source: "map.tsv")
        let (fromWindows, windowsFindings) = SurveyColumnMapping.parse(
            unix.replacingOccurrences(of: "\n", with: "\r\n"), source: "map.tsv")
        #expect(unixFindings.isEmpty && windowsFindings.isEmpty)
        #expect(fromWindows == fromUnix)
        let csv = "Q1,Q3\n9,Très bien\n"
        let output = SurveyReader.read(
            Array(csv.utf8), path: "m.csv", options: IngestOptions(surveyColumnMapping: fromWindows))
        #expect(output.verbatims.first?.scores.nps == 9)
    }

    @Test func headerWithoutAnyRoleIsAFinding() {
        let output = SurveyReader.read(Array("a,b\n1,2\n".utf8), path: "x.csv", options: IngestOptions())
        #expect(output.verbatims.isEmpty)
        #expect(output.findings.map(\.reason) == ["no score or comment column recognised in the header"])
    }

    @Test(arguments: ["RAS", "ras.", "Rien", "non", "-", "OK", "N/A", "nothing", "None", "R.A.S."])
    func noContentComments(comment: String) {
        #expect(SurveyReader.isNoContent(comment))
    }

    @Test(arguments: ["Rien à redire, parfait", "non merci, trop cher", "OK but slow"])
    func commentsThatSaySomething(comment: String) {
        #expect(!SurveyReader.isNoContent(comment))
    }
}

@Suite struct SurveyCSVParserTests {
    /// Characters that stress RFC 4180: delimiters, quotes, every line end, accents, the euro sign.
    static let cellCharacters: [Character] = [
        "a", "Z", "9", " ", ";", ",", "\"", "\n", "\r\n", "\r", "é", "€", "œ", "\t",
    ]

    /// One record written the way Excel writes it: quoted when needed, quotes doubled.
    static func write(_ fields: [String], delimiter: Character) -> String {
        var cells: [String] = []
        for field in fields {
            let needsQuotes = field.isEmpty || field.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline })
            cells.append(needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field)
        }
        return cells.joined(separator: String(delimiter))
    }

    /// Whatever the cells hold, writing them the way Excel does and reading them back gives them back.
    @Test func roundTripOfQuotedRecords() async {
        let character = Gen<Character?>.element(of: Self.cellCharacters).map { $0 ?? "a" }
        let records = character.string(of: 0...8).array(of: 1...5).array(of: 1...6)
        let delimiters = Gen<Character?>.element(of: [";", ",", "\t"]).map { $0 ?? ";" }
        await propertyCheck(count: 300, input: records, delimiters) { records, delimiter in
            let written = records.map { Self.write($0, delimiter: delimiter) }.joined(separator: "\r\n") + "\r\n"
            let parsed = CSVParser(delimiter: delimiter.unicodeScalars.first ?? ",").parse(written)
            #expect(parsed.records.map(\.fields) == records)
            #expect(parsed.unterminatedQuoteLine == nil)
        }
    }

    @Test func quotesDoubledQuotesEmbeddedNewlinesAndCRLF() {
        let text = "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\r\nline2\"\r\nlast,,\r\n"
        let parsed = CSVParser(delimiter: ",").parse(text)
        #expect(
            parsed.records.map(\.fields) == [
                ["a", "b", "c"], ["x, y", "he said \"hi\"", "line1\r\nline2"], ["last", "", ""],
            ])
        #expect(parsed.records.map(\.line) == [1, 2, 4])
        #expect(parsed.unterminatedQuoteLine == nil)
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", ","), ("a;b;c\n1,5;2;3\n", ";"), ("a\tb\tc\n1\t2\t3\n", "\t"), ("a|b|c\n1|2|3\n", "|"),
        ("\"q;1\",b\n\"x;y\",2\n", ","),
    ])
    func delimiterSniffing(text: String, expected: Character) {
        #expect(Character(CSVParser.sniffDelimiter(text)) == expected)
    }

    @Test func windows1252BytesDecode() {
        let decoded = SurveyTextDecoder.decode([0x80, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xE9, 0x74, 0xE9])
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "€ œuvre été")
    }

    @Test(arguments: [
        ("2025-03-14", "2025-03-14T00:00:00Z"), ("14/03/2025 09:30", "2025-03-14T09:30:00Z"),
        ("2025-03-14T09:30:00+01:00", "2025-03-14T08:30:00Z"), ("15 juin 2025", "2025-06-15T00:00:00Z"),
        ("March 14, 2025", "2025-03-14T00:00:00Z"), ("03/14/2025 02:05:00 PM", "2025-03-14T14:05:00Z"),
        ("03/04/2025 09:00:00 AM", "2025-03-04T09:00:00Z"), ("03/04/2025 09:00", "2025-04-03T09:00:00Z"),
        ("le 3 mars 2025 à 14h30", "2025-03-03T14:30:00Z"),
    ])
    func looseDates(text: String, iso: String) throws {
        let expected = try #require(ISO8601DateFormatter().date(from: iso))
        #expect(LooseDate.parse(text) == expected)
    }

    @Test(
        "a column of numeric dates is read in the order its unambiguous values prove",
        arguments: [
            (["03/14/2025 14:05:00", "03/04/2025 09:00:00"], LooseDate.FieldOrder.monthFirst),
            (["14/03/2025 14:05", "03/04/2025 09:00"], .dayFirst),
            (["03/04/2025 09:00", "05/06/2025 10:00"], .dayFirst),
            (["3/4/2025 9:00:00 AM", "3/5/2025"], .monthFirst),
            (["2025-03-14", "14 mars 2025"], .dayFirst),
        ])
    func dateColumnOrder(samples: [String], expected: LooseDate.FieldOrder) {
        #expect(LooseDate.order(of: samples) == expected)
    }

    /// A US Google Forms export writes `M/D/YYYY H:MM:SS` without AM/PM: the rows with a day over 12
    /// tell that `3/4/2025` is March 4, not April 3.
    @Test func usExportWithAmbiguousDatesIsReadMonthFirst() throws {
        let csv =
            "Timestamp,How likely are you to recommend us?,Any comments?\n"
            + "3/14/2025 14:05:00,9,Great lamp\n3/4/2025 9:00:00,3,Parcel never arrived\n"
        let output = SurveyReader.read(Array(csv.utf8), path: "us.csv", options: IngestOptions())
        let march4 = try #require(ISO8601DateFormatter().date(from: "2025-03-04T09:00:00Z"))
        let march14 = try #require(ISO8601DateFormatter().date(from: "2025-03-14T14:05:00Z"))
        #expect(output.verbatims.map(\.date) == [march14, march4])
        let french = "Horodateur,Note (0-10),Commentaire\n14/03/2025 14:05,9,Super\n03/04/2025 09:00,3,Colis perdu\n"
        let frenchOutput = SurveyReader.read(Array(french.utf8), path: "fr.csv", options: IngestOptions())
        let april3 = try #require(ISO8601DateFormatter().date(from: "2025-04-03T09:00:00Z"))
        #expect(frenchOutput.verbatims.last?.date == april3)
    }
}
