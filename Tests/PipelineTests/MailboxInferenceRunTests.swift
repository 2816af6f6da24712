import Foundation
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// `analyze` on a shop's mail exported as it comes, without a `verbatim-config.tsv`: the run
/// works out the mailbox's domain from the headers and keeps the customers' messages only.
@Suite struct MailboxInferenceRunTests {
    static func message(
        from: String, to: String, id: String, inReplyTo: String? = nil, subject: String = "Commande 4521", body: String
    ) -> String {
        var text =
            "From: \(from)\nTo: \(to)\nSubject: \(subject)\nDate: Mon, 2 Nov 2026 10:00:00 +0100\nMessage-ID: <\(id)>\n"
        if let inReplyTo { text += "In-Reply-To: <\(inReplyTo)>\nReferences: <\(inReplyTo)>\n" }
        return text + "\n" + body + "\n"
    }

    /// Customers at webmail, ISP and corporate domains; the shop's replies from an agent and a
    /// sub-domain, in a Maildir and an mbox; a helpdesk reply sent by the tool; a customer quoting it.
    static let files: [(String, String)] = [
        (
            "inbox/marie.eml",
            message(
                from: "Marie <marie@gmail.com>", to: "contact@lumen-shop.example", id: "m1@gmail.com",
                body: "Ma lampe est arrivée cassée, je suis très déçue.")
        ),
        (
            "inbox/paul.eml",
            message(
                from: "paul@orange.fr", to: "Lumen <contact@lumen-shop.example>", id: "m2@orange.fr",
                body: "The delivery is two weeks late and nobody answers.")
        ),
        (
            "inbox/anne.eml",
            message(
                from: "anne@acme-corp.example", to: "sav@lumen-shop.example", id: "m3@acme-corp.example",
                body: "Le remboursement n'est toujours pas arrivé.")
        ),
        (
            "Maildir/cur/1795000000.M1P1.host:2,S",
            message(
                from: "Julie <julie@lumen-shop.example>", to: "marie@gmail.com", id: "r1@lumen-shop.example",
                inReplyTo: "m1@gmail.com",
                body: "Bonjour Marie,\n\nJe suis désolée, un nouveau colis part demain.\n\nJulie")
        ),
        (
            "Maildir/new/1795000100.M2P1.host",
            message(
                from: "Marie <marie@gmail.com>", to: "julie@lumen-shop.example", id: "m4@gmail.com",
                inReplyTo: "r1@lumen-shop.example",
                body:
                    "Merci, mais j'attends toujours le nouveau colis.\n\nLe 2 nov. 2026, Julie a écrit :\n> Je suis désolée"
            )
        ),
        (
            "sent.mbox",
            "From julie@lumen-shop.example Mon Nov  2 11:00:00 2026\n"
                + message(
                    from: "support@help.lumen-shop.example", to: "paul@orange.fr", id: "r2@lumen-shop.example",
                    inReplyTo: "m2@orange.fr",
                    body: "Hello Paul, your parcel left this morning.")
                + "\nFrom zendesk@lumen.zendesk.com Mon Nov  2 12:00:00 2026\n"
                + message(
                    from: "Lumen <support@lumen.zendesk.com>", to: "anne@acme-corp.example", id: "t1@zendesk.com",
                    inReplyTo: "m3@acme-corp.example",
                    body:
                        "##- Merci de répondre au-dessus de cette ligne -##\n\nVotre demande (#48213) a été mise à jour."
                )
        ),
        (
            "inbox/anne-2.eml",
            message(
                from: "anne@acme-corp.example", to: "Lumen <support@lumen.zendesk.com>", id: "m5@acme-corp.example",
                inReplyTo: "t1@zendesk.com",
                body:
                    "Toujours rien reçu.\n\n##- Merci de répondre au-dessus de cette ligne -##\n\nVotre demande (#48213) a été mise à jour."
            )
        ),
    ]

    static let customerTexts = [
        "Ma lampe est arrivée cassée, je suis très déçue.", "The delivery is two weeks late and nobody answers.",
        "Le remboursement n'est toujours pas arrivé.", "Merci, mais j'attends toujours le nouveau colis.",
        "Toujours rien reçu.",
    ]

    static func corpus(config: String? = nil) throws -> URL {
        let root = try AnalyzeRunTests.temporaryFolder()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        if let config {
            try Data("key\tvalue\n\(config)\n".utf8).write(to: root.appendingPathComponent("verbatim-config.tsv"))
        }
        return root
    }

    static func run(_ corpus: URL, jobs: Int) async throws -> (summary: RunSummary, output: URL) {
        try await AnalyzeRunTests.run(corpus: corpus, jobs: jobs)
    }

    static func texts(_ output: URL) throws -> [String] {
        let csv = try AnalyzeRunTests.read(output, "verbatims.csv")
        return customerTexts.filter { csv.contains($0) }
    }

    @Test("Without configuration: every customer message kept, every message of the shop skipped, whatever --jobs")
    func inferredMailbox() async throws {
        let corpus = try Self.corpus()
        let one = try await Self.run(corpus, jobs: 1)
        let many = try await Self.run(corpus, jobs: 3)
        defer { for url in [corpus, one.output, many.output] { try? FileManager.default.removeItem(at: url) } }
        #expect(one.summary.verbatims == Self.customerTexts.count)
        #expect(try Self.texts(one.output) == Self.customerTexts)
        // Julie's and the sub-domain's replies (inferred domain), the Zendesk reply (its marker).
        #expect(one.summary.skipped == [.agent: 3])
        let csv = try AnalyzeRunTests.read(one.output, "verbatims.csv")
        for agentWords in ["nouveau colis part demain", "your parcel left", "a été mise à jour"] {
            #expect(!csv.contains(agentWords))
        }
        for name in ["verbatims.csv", "errors.csv", "inputs.csv"] {
            #expect(try AnalyzeRunTests.read(one.output, name) == AnalyzeRunTests.read(many.output, name), "\(name)")
        }
    }

    @Test(
        "A configured company_domain wins over inference; a customer_domain vetoes it",
        arguments: [
            ("company_domain\tother.example", 2), ("customer_domain\tlumen-shop.example", 2),
            ("company_domain\tlumen-shop.example", 0),
        ])
    func configurationWins(_ line: String, _ shopRepliesRead: Int) async throws {
        let corpus = try Self.corpus(config: line)
        let run = try await Self.run(corpus, jobs: 2)
        defer { for url in [corpus, run.output] { try? FileManager.default.removeItem(at: url) } }
        #expect(run.summary.verbatims == Self.customerTexts.count + shopRepliesRead)
        // The helpdesk reply is the company's whatever the domains say.
        #expect(run.summary.skipped[.agent] == 3 - shopRepliesRead)
    }
}
