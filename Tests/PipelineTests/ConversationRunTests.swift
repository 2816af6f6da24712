import Foundation
import Testing

@testable import Pipeline

/// `analyze` files a follow-up turn that names no theme under its conversation's subject, across
/// the files of an e-mail thread too, and gives every row a stable `conversation` id (issue 16).
@Suite struct ConversationRunTests {
    /// One language's conversation: the complaint, the follow-up without a theme, a turn naming
    /// its own theme.
    struct Case: Sendable, CustomTestStringConvertible {
        var complaint: String
        var followUp: String
        var ownTheme: String
        var testDescription: String { followUp }
    }

    static let cases = [
        Case(
            complaint: "Ma commande n'est toujours pas livrée.", followUp: "Alors ?",
            ownTheme: "Et pour le remboursement ?"),
        Case(
            complaint: "My order still hasn't been delivered.", followUp: "So?",
            ownTheme: "And what about the refund?"),
    ]

    /// A chat transcript and an e-mail thread whose customer's reply sorts first in path order, with
    /// a third message from someone else.
    static func corpus(_ sample: Case) throws -> URL {
        let root = try AnalyzeRunTests.temporaryFolder()
        let chat = """
            [10:02] Client: \(sample.complaint)
            [10:03] Agent Tom: Je regarde votre dossier.
            [10:05] Client: \(sample.followUp)
            [10:06] Agent Tom: Un instant.
            [10:07] Client: \(sample.ownTheme)

            """
        try Data(chat.utf8).write(to: root.appendingPathComponent("chat-support.txt"))
        let mail = root.appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        try Data(message(id: "m1@mail.example", replyTo: nil, body: sample.complaint).utf8)
            .write(to: mail.appendingPathComponent("b-first.eml"))
        try Data(message(id: "m2@mail.example", replyTo: "m1@mail.example", body: sample.followUp).utf8)
            .write(to: mail.appendingPathComponent("a-reply.eml"))
        // Another sender in the same thread: the subject is the customer's own, not carried over.
        try Data(
            message(id: "m3@mail.example", replyTo: "m1@mail.example", body: sample.followUp, from: "paul@yahoo.com")
                .utf8
        ).write(to: mail.appendingPathComponent("c-other.eml"))
        return root
    }

    static func message(id: String, replyTo: String?, body: String, from: String = "marie.dupont@gmail.com") -> String {
        let thread = replyTo.map { "In-Reply-To: <\($0)>\r\nReferences: <\($0)>\r\n" } ?? ""
        return "From: <\(from)>\r\nTo: contact@lumen-shop.example\r\n"
            + "Subject: \(replyTo == nil ? "Bonjour" : "Re: Bonjour")\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n"
            + "Message-ID: <\(id)>\r\n\(thread)Content-Type: text/plain; charset=utf-8\r\n\r\n\(body)\r\n"
    }

    /// `verbatims.csv` as rows of named cells.
    static func rows(_ folder: URL) throws -> [[String: String]] {
        let lines = try AnalyzeRunTests.read(folder, "verbatims.csv").split(separator: "\n").map(cells)
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The cells of one RFC 4180 line (quoted cells may hold commas and doubled quotes).
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if !quoted && previous == "\"" { cell.append("\"") }
                quoted.toggle()
            } else if character == "," && !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        return cells + [cell]
    }

    @Test("a follow-up with no theme takes its chat's or thread's touchpoint", arguments: cases)
    func followUpsTakeTheSubject(sample: Case) async throws {
        let corpus = try Self.corpus(sample)
        let (_, output) = try await AnalyzeRunTests.run(corpus: corpus, jobs: 2)
        defer { for folder in [corpus, output] { try? FileManager.default.removeItem(at: folder) } }
        let rows = try Self.rows(output)
        let chat = rows.filter { $0["channel"] == "chat" }
        #expect(chat.map { $0["text"] } == [sample.complaint, sample.followUp, sample.ownTheme])
        #expect(chat.map { $0["touchpoint"] } == ["delivery", "delivery", "returns_refunds"])
        let mail = rows.filter { $0["channel"] == "email" }
        #expect(mail.map { $0["text"] } == [sample.complaint, sample.followUp, sample.followUp])
        #expect(mail.map { $0["touchpoint"] } == ["delivery", "delivery", "other"])
        // One id per conversation, shared by its turns, never the path or an address in clear.
        #expect(Set(chat.map { $0["conversation"] }).count == 1)
        #expect(Set(mail.map { $0["conversation"] }).count == 1)
        #expect(chat.first?["conversation"] != mail.first?["conversation"])
        for id in rows.compactMap({ $0["conversation"] }) {
            #expect(id.count == 16 && id.allSatisfy(\.isHexDigit))
        }
    }

    /// Only a reply can wait for its thread: a theme-less first message (most of a mailbox) is
    /// written at once, in path order, and filed by its channel as before.
    @Test("a theme-less message that answers nothing keeps its place in path order")
    func aFirstMessageDoesNotWait() async throws {
        let root = try AnalyzeRunTests.temporaryFolder()
        try Data(Self.message(id: "q1@mail.example", replyTo: nil, body: "Bonjour, une question.").utf8)
            .write(to: root.appendingPathComponent("a-question.eml"))
        try Data(
            Self.message(id: "q2@mail.example", replyTo: nil, body: Self.cases[0].complaint, from: "paul@yahoo.com")
                .utf8
        ).write(to: root.appendingPathComponent("b-complaint.eml"))
        let (_, output) = try await AnalyzeRunTests.run(corpus: root, jobs: 2)
        defer { for folder in [root, output] { try? FileManager.default.removeItem(at: folder) } }
        let rows = try Self.rows(output)
        #expect(rows.map { $0["text"] } == ["Bonjour, une question.", Self.cases[0].complaint])
        #expect(rows.map { $0["touchpoint"] } == ["other", "delivery"])
    }

    @Test("the conversation ids and rows are the same bytes across runs and thread counts")
    func sameBytesWhateverTheJobs() async throws {
        let corpus = try Self.corpus(Self.cases[0])
        let (_, one) = try await AnalyzeRunTests.run(corpus: corpus, jobs: 1)
        let (_, again) = try await AnalyzeRunTests.run(corpus: corpus, jobs: 1)
        let (_, many) = try await AnalyzeRunTests.run(corpus: corpus, jobs: 4)
        defer { for folder in [corpus, one, again, many] { try? FileManager.default.removeItem(at: folder) } }
        let reference = try AnalyzeRunTests.read(one, "verbatims.csv")
        #expect(reference.contains(",conversation,"))
        for other in [again, many] {
            #expect(try AnalyzeRunTests.read(other, "verbatims.csv") == reference)
            #expect(try AnalyzeRunTests.read(other, "hotspots.csv") == AnalyzeRunTests.read(one, "hotspots.csv"))
        }
    }
}
