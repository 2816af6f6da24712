import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Several open questions per export, each answer its own verbatim, and coded columns never read
/// as comments. Fixtures are written here in the shapes the tools export (never third-party files).
@Suite struct SurveyOpenQuestionTests {
    /// The wording of one language's fixture.
    struct Wording: Sendable, CustomTestStringConvertible {
        var language: String
        var nps: String
        var why: String
        var improve: String
        var matrix: String
        var other: String
        var answers: [String]
        var testDescription: String { language }
    }

    static let wordings = [
        Wording(
            language: "en", nps: "How likely are you to recommend Maison Lumière to a friend?",
            why: "What is the main reason for your score?", improve: "What could we improve?",
            matrix: "Comments about your order - Did you leave a comment?",
            other: "Where did you buy it? - Other - Text",
            answers: ["The lamp arrived broken and nobody answered.", "Answer the phone please.", "Market stall"]),
        Wording(
            language: "fr", nps: "Quelle est la probabilité que vous recommandiez Maison Lumière à un ami ?",
            why: "Quelle est la raison principale de votre note ?", improve: "Que pourrions-nous améliorer ?",
            matrix: "Commentaires sur votre commande - Avez-vous laissé un commentaire ?",
            other: "Où l'avez-vous acheté ? - Autre - Texte",
            answers: ["La lampe est arrivée cassée et personne n'a répondu.", "Répondez au téléphone svp.", "Brocante"]),
    ]

    /// A Qualtrics export: column ids, question texts, `{"ImportId":…}` row; an NPS, two text entry
    /// questions, a matrix coded -1/0/1 whose question says "comment", and an "other, please specify"
    /// box (`Q5_4_TEXT`) beside its choice column.
    static func qualtrics(_ w: Wording) -> String {
        let a = w.answers
        return """
            StartDate,EndDate,ResponseId,Q1,Q2,Q3,Q4_1,Q4_2,Q5,Q5_4_TEXT
            Start Date,End Date,Response ID,\(w.nps),\(w.why),\(w.improve),\(w.matrix) - 1,\(w.matrix) - 2,Where did you buy it?,\(w.other)
            "{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}","{""ImportId"":""QID3_TEXT""}","{""ImportId"":""QID4_1""}","{""ImportId"":""QID4_2""}","{""ImportId"":""QID5""}","{""ImportId"":""QID5_4_TEXT""}"
            2025-03-12 10:00:01,2025-03-12 10:03:40,R_1,2,\(a[0]),\(a[1]),-1,1,4,\(a[2])
            2025-03-12 11:00:01,2025-03-12 11:03:40,R_2,9,,,1,0,2,
            2025-03-12 12:00:01,2025-03-12 12:03:40,R_3,10,,,0,-1,1,
            2025-03-12 13:00:01,2025-03-12 13:03:40,R_4,7,RAS,,-1,-1,3,

            """
    }

    @Test(
        "Qualtrics: every text-entry question gives its own verbatim with the question as context; the matrix is not read",
        arguments: wordings)
    func qualtricsTwoOpenQuestionsAndAMatrix(_ w: Wording) throws {
        let output = SurveyReader.read(Array(Self.qualtrics(w).utf8), path: "q.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-qualtrics"))
        let answered = output.verbatims.filter { !$0.text.isEmpty }
        #expect(answered.map(\.text) == w.answers)
        #expect(answered.map(\.context) == [w.why, w.improve, w.other])
        // The respondent's scores are on each of their verbatims; all of one response share a key.
        #expect(answered.map(\.scores.nps) == [2, 2, 2])
        #expect(Set(answered.map(\.conversation)).count == 1)
        #expect(Set(answered.map(\.id)).count == 3)
        #expect(answered.allSatisfy { $0.source.position.hasPrefix("row 4, column ") })
        // Responses without a comment stay score-only; "RAS" is counted as saying nothing.
        #expect(output.verbatims.filter(\.text.isEmpty).map(\.scores.nps) == [9, 10, 7])
        #expect(output.skipped[.noContent] == 1)
        #expect(!output.format.contains("Q4_"))
    }

    @Test("Qualtrics: a `Selected Choice` column named like a comment is not read; its text box is")
    func qualtricsSelectedChoiceBesideItsTextBox() {
        let csv = """
            ResponseId,1_Q2,1_Q2_5_TEXT
            Response ID,Comment - Comment - Selected Choice,Comment - Write a comment - Text
            "{""ImportId"":""_recordId""}","{""ImportId"":""1_QID2""}","{""ImportId"":""1_QID2_5_TEXT""}"
            R_1,Write a comment,The shade is smaller than on the photo
            R_2,No comment,
            """
        let output = SurveyReader.read(Array(csv.utf8), path: "q.csv", options: IngestOptions())
        #expect(output.verbatims.map(\.text) == ["The shade is smaller than on the photo"])
        #expect(output.verbatims.map(\.context) == ["Comment - Write a comment - Text"])
    }

    @Test(
        "SurveyMonkey: each Open-Ended Response column is read, choice and matrix columns are not", arguments: wordings)
    func surveyMonkeyOpenEndedColumns(_ w: Wording) {
        let a = w.answers
        let csv = """
            Respondent ID,Collector ID,Start Date,End Date,IP Address,\(w.nps),\(w.why),\(w.matrix),,\(w.improve)
            ,,,,,Response,Open-Ended Response,Delivery,Support,Open-Ended Response
            114201,4471,03/14/2025 09:02:11 AM,03/14/2025 09:04:55 AM,,3,\(a[0]),Yes,No,\(a[1])
            114202,4471,03/14/2025 10:20:03 AM,03/14/2025 10:22:40 AM,,9,,No,No,
            114203,4471,03/14/2025 11:20:03 AM,03/14/2025 11:22:40 AM,,8,,Yes,Yes,
            114204,4471,03/14/2025 12:20:03 AM,03/14/2025 12:22:40 AM,,10,,No,Yes,\(a[2])
            """
        let output = SurveyReader.read(Array(csv.utf8), path: "s.csv", options: IngestOptions())
        #expect(output.format.hasPrefix("survey-surveymonkey"))
        let answered = output.verbatims.filter { !$0.text.isEmpty }
        #expect(answered.map(\.text) == [a[0], a[1], a[2]])
        #expect(answered.map(\.context) == [w.why, w.improve, w.improve])
        #expect(answered.map(\.scores.nps) == [3, 3, 10])
    }

    @Test("Typeform and Google Forms: a question header answered in sentences is an open question")
    func questionHeadersAnsweredInSentences() {
        let csv = """
            #,How likely are you to recommend us?,What did you like most?,Which colour did you choose?,Anything we should fix before your next order?,Submit Date (UTC),Network ID
            a1,10,The light is warm and the shade is lovely,Blue,The box was far too big for the lamp,2025-03-14 09:31:40,f00d
            a2,4,Nothing at all,Blue,Delivery took three weeks to arrive,2025-03-15 18:03:10,beef
            a3,8,Easy to assemble in five minutes,Red,,2025-03-16 18:03:10,cafe
            a4,9,Good value for the price,Blue,,2025-03-17 18:03:10,d00d
            """
        let output = SurveyReader.read(Array(csv.utf8), path: "t.csv", options: IngestOptions())
        #expect(
            output.verbatims.map(\.context) == [
                "What did you like most?", "Anything we should fix before your next order?", "What did you like most?",
                "Anything we should fix before your next order?", "What did you like most?", "What did you like most?",
            ])
        #expect(!output.verbatims.contains { $0.text == "Blue" })
    }

    @Test("An export with one open question keeps one verbatim per response at `row N`")
    func singleOpenQuestionKeepsRowPositions() {
        let csv = "id;NPS;Commentaire\n1;3;Livraison en retard\n2;9;Très bien\n"
        let output = SurveyReader.read(Array(csv.utf8), path: "f.csv", options: IngestOptions())
        #expect(output.verbatims.map(\.source.position) == ["row 2", "row 3"])
        #expect(output.verbatims.map(\.context) == ["Commentaire", "Commentaire"])
    }

    @Test(
        "A column named like a comment whose cells are codes is not a comment",
        arguments: [
            ["-1", "1", "0", "1", "-1", "1"],
            ["1", "2", "3", "2", "1", "4"],
            ["Yes", "No", "Yes", "Yes", "No", "No"],
            ["Oui", "Non", "Oui", "Oui", "Non", "Non"],
        ])
    func codedCommentColumnIsNotRead(cells: [String]) {
        var csv = "id,NPS,Comment,Commentaire libre\n"
        for (index, cell) in (cells + cells).enumerated() {
            csv += "\(index),\(index % 11),\(cell),\(index == 0 ? "Le colis est arrivé abîmé" : "")\n"
        }
        let output = SurveyReader.read(Array(csv.utf8), path: "c.csv", options: IngestOptions())
        #expect(output.verbatims.filter { !$0.text.isEmpty }.map(\.text) == ["Le colis est arrivé abîmé"])
        #expect(!output.format.contains("comment=Comment;") && !output.format.hasSuffix("comment=Comment"))
    }

    @Test(
        "A column whose header names a comment is read even when its short answers repeat",
        arguments: [
            ("Date;Note;Commentaire", ";", ["Très bien", "Bien", "Parfait", "Trop cher", "Livraison lente"]),
            ("Response ID,NPS,Comment", ",", ["Good", "Fine", "Perfect", "Too expensive", "Slow delivery"]),
        ])
    func namedCommentColumnWithRepeatedAnswers(_ header: String, _ separator: String, _ answers: [String]) {
        // 20 answers, 5 distinct: what a closed question would look like were it not named a comment.
        let cells =
            Array(repeating: answers[0], count: 8) + Array(repeating: answers[1], count: 5)
            + Array(repeating: answers[2], count: 4) + [answers[3], answers[4], answers[4]]
        var csv = header + "\n"
        for (index, cell) in cells.enumerated() {
            csv += ["2024-03-\(10 + index)", "\(index % 11)", cell].joined(separator: separator) + "\n"
        }
        let output = SurveyReader.read(Array(csv.utf8), path: "s.csv", options: IngestOptions())
        #expect(output.findings.filter { $0.severity == .error }.isEmpty)
        #expect(output.verbatims.map(\.text) == cells)
    }

    @Test(
        "A question answered in short, distinct words is an open question; a yes/no one is not",
        arguments: [
            (
                "Qu'avez-vous pensé de l'accueil en magasin ?", "Êtes-vous déjà venu ?",
                ["Vendeur désagréable", "Nul", "Trop d'attente", "Parfait", "Accueil chaleureux", "Bof"],
                ["Oui", "Non"]
            ),
            (
                "How was the welcome in the shop?", "Have you been before?",
                ["Rude salesman", "Awful", "Long wait", "Perfect", "Warm welcome", "Meh"], ["Yes", "No"]
            ),
        ])
    func shortAnswersToAQuestion(_ question: String, _ closed: String, _ answers: [String], _ yesNo: [String]) {
        var csv = "Horodateur,\"\(question)\",\"\(closed)\"\n"
        for (index, answer) in answers.enumerated() {
            csv += "2024/03/0\(index + 1) 10:00:00,\(answer),\(yesNo[index % 2])\n"
        }
        let output = SurveyReader.read(Array(csv.utf8), path: "g.csv", options: IngestOptions())
        #expect(output.verbatims.map(\.text) == answers)
        #expect(output.verbatims.allSatisfy { $0.context == question })
    }

    @Test(
        "Column profiles: codes and repeated options are coded, free text is not",
        arguments: [
            (["-1", "1", "0"], true),
            (["3 - Agree", "1 - Disagree", "2"], true),
            (["Yes", "No", "Yes", "No"], true),
            (
                Array(repeating: ["Plutôt d'accord", "Pas d'accord", "Tout à fait d'accord", "Pas d'accord"], count: 3)
                    .flatMap { $0 }, true
            ),
            (["Yes"], false),
            (Array(repeating: "Bon accueil", count: 6) + ["Livraison en retard"], false),
            (["Parfait", "Parfait", "Rapide", "Parfait"] + Array(repeating: "Très bien", count: 3), false),
            (["Très bien", "Livraison lente", "Trop cher", "Parfait"], false),
            (["Great lamp", "Great lamp", "Slow delivery, broken box and no answer from support", "Fine"], false),
        ])
    func columnProfile(cells: [String], coded: Bool) {
        #expect(SurveyColumnProfile(cells: cells).isCoded == coded)
    }
}
