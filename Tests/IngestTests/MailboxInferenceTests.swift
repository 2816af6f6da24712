import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// The mailbox's own domain, inferred from header summaries alone.
@Suite("Email: mailbox domain inference")
struct MailboxInferenceTests {
    /// The repository's webmail list, as a run loads it.
    static let webmail = SpeakerLexicon.load(
        from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lexicons/speakers")
    ).lexicon["mail-webmail-domains"]

    static func message(_ from: String, to: [String], id: String, answering parent: String? = nil) -> MailHeaderSummary
    {
        MailHeaderSummary(
            sender: from, recipientDomains: to.map { MailAddress.domain(of: $0) }, messageID: id, parentID: parent)
    }

    /// A shop's support mailbox: four customers at webmail and ISP domains write to it, it answers
    /// two of them from an agent's address and a sub-domain, and one customer answers back.
    static let shop: [MailHeaderSummary] = [
        message("marie@gmail.com", to: ["contact@lumen-shop.example"], id: "m1"),
        message("paul@orange.fr", to: ["contact@lumen-shop.example"], id: "m2"),
        message("julie@lumen-shop.example", to: ["marie@gmail.com"], id: "r1", answering: "m1"),
        message("bot@support.lumen-shop.example", to: ["paul@orange.fr"], id: "r2", answering: "m2"),
        message("marie@gmail.com", to: ["julie@lumen-shop.example"], id: "m3", answering: "r1"),
        message("jo@yahoo.co.uk", to: ["sav@lumen-shop.example", "x@hotmail.fr"], id: "m4"),
        message("anne@acme-corp.example", to: ["contact@lumen-shop.example"], id: "m5"),
    ]

    static func infer(_ summaries: [MailHeaderSummary], vetoes: [String] = []) -> MailboxInference {
        MailboxInference.infer(from: summaries, webmail: webmail, customerDomains: vetoes)
    }

    @Test("A shop's mailbox: its domain receives the customers' mail and answers it")
    func shopMailbox() throws {
        let inferred = Self.infer(Self.shop)
        let domain = try #require(inferred.domains.first)
        #expect(inferred.domains.count == 1)
        #expect(domain.domain == "lumen-shop.example")
        #expect(domain.received == 5 && domain.correspondents == 4 && domain.answered == 2 && domain.messages == 7)
        #expect(domain.reason == "receives 5 of 7 messages (4 senders), answers 2")
        // Its sub-domains are the company; a customer's corporate domain is not.
        #expect(inferred.domain(of: "bot@support.lumen-shop.example")?.domain == "lumen-shop.example")
        #expect(inferred.domain(of: "anne@acme-corp.example") == nil)
        #expect(inferred.domain(of: "eve@notlumen-shop.example") == nil)
    }

    @Test("Only inbound customer mail: the recipient's domain, which no customer writes from")
    func inboundOnly() {
        let inbound = Array(Self.shop.filter { !$0.sender.hasSuffix("lumen-shop.example") }.prefix(3))
        #expect(Self.infer(inbound).domains.map(\.domain) == ["lumen-shop.example"])
    }

    @Test(
        "No real evidence, no inference",
        arguments: [
            ("one message", [message("marie@gmail.com", to: ["contact@shop.example"], id: "a")]),
            (
                "two messages of one sender",
                [
                    message("marie@gmail.com", to: ["contact@shop.example"], id: "a"),
                    message("marie@gmail.com", to: ["contact@shop.example"], id: "b"),
                ]
            ),
            (
                "mail to a webmail address",
                [
                    message("paul@shop.example", to: ["marie@gmail.com"], id: "a"),
                    message("anne@acme.example", to: ["marie@gmail.com"], id: "b"),
                    message("marie@gmail.com", to: ["paul@shop.example"], id: "c", answering: "a"),
                ]
            ),
            (
                "unrelated fixtures",
                [
                    message("a@one.example", to: ["b@two.example"], id: "a"),
                    message("c@three.example", to: ["d@four.example"], id: "b"),
                    message("e@five.example", to: ["b@two.example"], id: "c"),
                    message("f@six.example", to: ["g@seven.example"], id: "d"),
                    message("h@eight.example", to: ["i@nine.example"], id: "e"),
                ]
            ),
            (
                "two organisations writing to each other",
                [
                    message("a@acme.example", to: ["b@globex.example"], id: "a"),
                    message("b@globex.example", to: ["a@acme.example"], id: "b", answering: "a"),
                    message("a@acme.example", to: ["b@globex.example"], id: "c", answering: "b"),
                ]
            ),
        ])
    func nothingInferred(_ name: String, _ summaries: [MailHeaderSummary]) {
        #expect(Self.infer(summaries).domains.isEmpty, "\(name)")
    }

    /// A shop corresponds with a B2B customer from several of its addresses, or with the marketplace
    /// it sells on, in copy of its customers' mail: both sides write to each other, and the shop is
    /// the one many senders write to and that answers threads.
    @Test(
        "Of two domains writing to each other, the one with more senders and answers is the mailbox",
        arguments: [
            (
                "a B2B customer",
                [
                    message("claire@gmail.com", to: ["sav@lumiere-shop.example"], id: "c1"),
                    message("achats@acme-btp.example", to: ["commercial@lumiere-shop.example"], id: "a1"),
                    message(
                        "commercial@lumiere-shop.example", to: ["achats@acme-btp.example"], id: "s1", answering: "a1"),
                    message("commercial@lumiere-shop.example", to: ["chantier@acme-btp.example"], id: "s2"),
                    message("compta@lumiere-shop.example", to: ["compta@acme-btp.example"], id: "s3"),
                    message("paul@orange.fr", to: ["sav@lumiere-shop.example"], id: "p1"),
                ]
            ),
            (
                "a marketplace in copy",
                [
                    message(
                        "claire@gmail.com", to: ["sav@lumiere-shop.example", "litiges@marketplace.example"], id: "c1"),
                    message(
                        "sav@lumiere-shop.example", to: ["claire@gmail.com", "litiges@marketplace.example"], id: "s1",
                        answering: "c1"),
                    message(
                        "paul@orange.fr", to: ["sav@lumiere-shop.example", "litiges@marketplace.example"], id: "p1"),
                    message(
                        "sav@lumiere-shop.example", to: ["paul@orange.fr", "litiges@marketplace.example"], id: "s2",
                        answering: "p1"),
                    message("litiges@marketplace.example", to: ["sav@lumiere-shop.example"], id: "m1"),
                ]
            ),
        ])
    func correspondentsWritingBack(_ name: String, _ summaries: [MailHeaderSummary]) {
        #expect(Self.infer(summaries).domains.map(\.domain) == ["lumiere-shop.example"], "\(name)")
    }

    @Test("A configured customer_domain is never inferred, nor its sub-domains")
    func customerDomainVetoes() {
        #expect(Self.infer(Self.shop, vetoes: ["lumen-shop.example"]).domains.isEmpty)
        #expect(
            Self.infer(Self.shop, vetoes: ["support.lumen-shop.example"]).domains.map(\.domain) == [
                "lumen-shop.example"
            ])
    }

    @Test("The same summaries give the same inference in any order")
    func orderDoesNotMatter() {
        #expect(Self.infer(Self.shop) == Self.infer(Self.shop.reversed()))
    }

    @Test(
        "Webmail and provider domains, under any country suffix",
        arguments: [
            ("gmail.com", true), ("yahoo.fr", true), ("yahoo.co.uk", true), ("hotmail.com.br", true),
            ("orange.fr", true),
            ("wanadoo.fr", true), ("free.fr", true), ("laposte.net", true), ("icloud.com", true), ("gmx.de", true),
            ("web.de", true), ("smtp.orange.fr", true), ("lumen-shop.example", false),
            ("live.lumen-shop.example", false),
            ("freeshop.fr", false), ("orange-business.example", false),
        ])
    func webmail(_ domain: String, _ expected: Bool) {
        #expect(MailboxInference.isWebmail(domain, Self.webmail) == expected)
    }

    @Test("Address lists: quoted commas, several recipients, Cc; parents from In-Reply-To or References")
    func headerSummary() {
        let text = """
            From: "Dupont, Marie" <Marie.Dupont@Orange.fr>
            To: "Service, client" <contact@shop.example>, sav@support.shop.example (SAV, Lyon)
            Cc: Paul <paul@gmail.com>
            Message-ID: <ABC@orange.fr>
            References: <root@shop.example> <parent@shop.example>

            Bonjour
            """
        let bytes = Array(text.utf8)
        let summary = MailHeaderSummary(headers: MailHeaders(parsing: bytes, in: 0..<bytes.count), bytes: bytes)
        #expect(summary.sender == "marie.dupont@orange.fr")
        #expect(summary.recipientDomains == ["gmail.com", "shop.example", "support.shop.example"])
        #expect(summary.messageID == "abc@orange.fr")
        #expect(summary.parentID == "parent@shop.example")
    }

    @Test("A mailbox scan reads the headers of whole messages only, and at most the bounded number")
    func mailboxScan() {
        var text = ""
        for index in 0..<3 {
            text +=
                "From c\(index)@gmail.com Mon Nov  2 10:00:00 2026\nFrom: c\(index)@gmail.com\nTo: contact@shop.example\n"
            text += "Message-ID: <m\(index)@gmail.com>\n\nBonjour\nFrom what I saw, it is broken.\n\n"
        }
        let bytes = Array(text.utf8)
        #expect(
            MailHeaderScan.mailbox(bytes, truncated: false).map(\.sender) == [
                "c0@gmail.com", "c1@gmail.com", "c2@gmail.com",
            ])
        #expect(MailHeaderScan.mailbox(bytes, truncated: true).count == 2)
    }

    @Test("The pre-pass reads an .eml's headers, a mailbox's first shard only, and nothing of other formats")
    func unitScan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = "From: marie@gmail.com\nTo: contact@shop.example\nMessage-ID: <a@gmail.com>\n\nBonjour\n"
        let mbox = "From marie@gmail.com Mon Nov  2 10:00:00 2026\n" + message
        for (name, text) in [("a.eml", message), ("b.mbox", mbox), ("c.txt", message)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        func scan(_ name: String, _ format: InputFormat, _ range: Range<Int>? = nil) -> [String] {
            let unit = IngestUnit(
                url: folder.appendingPathComponent(name), relativePath: name, format: format, byteRange: range)
            return MailHeaderScan.summaries(of: unit).map(\.sender)
        }
        #expect(scan("a.eml", .eml) == ["marie@gmail.com"])
        #expect(scan("b.mbox", .mbox) == ["marie@gmail.com"])
        #expect(scan("b.mbox", .mbox, 0..<mbox.utf8.count) == ["marie@gmail.com"])
        #expect(scan("b.mbox", .mbox, 10..<mbox.utf8.count).isEmpty)
        #expect(scan("c.txt", .chatText).isEmpty)
        #expect(scan("missing.eml", .eml).isEmpty)
    }
}
