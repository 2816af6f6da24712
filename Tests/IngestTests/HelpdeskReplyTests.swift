import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Helpdesk replies recognised by their text, and the customers who quote them.
@Suite("Email: helpdesk replies and the company's messages")
struct HelpdeskReplyTests {
    static let speakersFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/speakers")
    static let speakers = SpeakerLexicon.load(from: speakersFolder).lexicon

    /// Options as a new user runs them: no configured company, the repository's speaker lists.
    static func options(mailbox: MailboxInference = MailboxInference(), customerDomains: [String] = []) -> IngestOptions
    {
        var options = IngestOptions(customerKeySecret: "test-secret")
        options.speakers = speakers
        options.mailbox = mailbox
        options.customerDomains = customerDomains
        return options
    }

    /// The mailbox of the shop Lumen, as a run infers it from the headers of its support mail.
    static let lumen = MailboxInference(domains: [
        .init(domain: "lumen-shop.example", received: 41, correspondents: 30, answered: 12, messages: 52)
    ])

    static func mail(from: String, to: String = "contact@lumen-shop.example", body: String) -> [UInt8] {
        Array("From: \(from)\nTo: \(to)\nSubject: Commande 4521\nDate: Mon, 2 Nov 2026 10:00:00 +0100\n\n\(body)".utf8)
    }

    static func read(_ bytes: [UInt8], options: IngestOptions = options()) -> IngestOutput {
        EmlReader.read(bytes, path: "mail/message.eml", options: options)
    }

    @Test(
        "A helpdesk reply is the company's whoever sends it: marker on top, ticket notice, apology signed by a team",
        arguments: [
            (
                "##- Merci de répondre au-dessus de cette ligne -##\n\nVotre demande a été mise à jour.\n\nJulie (Lumen)\n",
                "helpdesk reply marker (##- Merci de répondre au-dessus de cette ligne -##)"
            ),
            (
                "##- Please type your reply above this line -##\n\nHi Marie,\nYour lamp ships tomorrow.\n",
                "helpdesk reply marker (##- Please type your reply above this line -##)"
            ),
            (
                "Bonjour Marie,\n\nVotre colis est parti ce matin.\n\nVotre demande (#48213) a été mise à jour.\n",
                "helpdesk ticket notice (Votre demande (#…) a été mise à jour.)"
            ),
            (
                "Hello,\nThe refund is done.\n\nThis email is a service from Maison Lumen. Delivered by Zendesk\n",
                "helpdesk ticket notice (This email is a service from Maison Lumen. Delivered by Zen…)"
            ),
            (
                "Bonjour,\n\nNous sommes désolés pour ce retard, un nouveau colis part demain.\n\nCordialement,\nL’équipe Lumen\n",
                "apology signed by a team (L’équipe Lumen)"
            ),
            (
                "Hi Paul,\n\nWe're sorry your lamp arrived broken. A replacement is on its way.\n\nBest,\nThe Lumen Team\n",
                "apology signed by a team (The Lumen Team)"
            ),
        ])
    func helpdeskReply(_ body: String, _ reason: String) throws {
        let output = Self.read(
            Self.mail(from: "Lumen <support@lumen.zendesk.com>", body: body), options: Self.options(mailbox: Self.lumen)
        )
        #expect(output.verbatims.isEmpty)
        #expect(output.skipped == [.agent: 1])
        let attribution = try #require(output.company.first)
        #expect(
            attribution
                == CompanyAttribution(
                    role: .agent, speaker: "lumen.zendesk.com", reason: reason,
                    override: "customer_domain\tlumen.zendesk.com"))
    }

    @Test("A helpdesk reply sent from a webmail address names no one")
    func helpdeskReplyFromWebmail() {
        let output = Self.read(
            Self.mail(from: "shop.lumen@gmail.com", body: "##- Please type your reply above this line -##\n\nHello"))
        #expect(output.company.map(\.speaker) == ["helpdesk reply"])
        #expect(output.company.map(\.override) == [""])
    }

    @Test(
        "A customer who answers a helpdesk reply stays a customer, without the reply's text",
        arguments: [
            // Quoted by the mail client, with an attribution line.
            (
                "Toujours rien reçu, c'est la troisième fois que je relance.\n\nLe 2 nov. 2026 à 10:00, Lumen <support@lumen.zendesk.com> a écrit :\n> ##- Merci de répondre au-dessus de cette ligne -##\n> Votre demande (#48213) a été mise à jour.\n> Nous sommes désolés pour ce retard.\n> L'équipe Lumen\n",
                "Toujours rien reçu, c'est la troisième fois que je relance."
            ),
            // Typed above the marker, as asked, by a client that quotes nothing.
            (
                "The lamp is still broken.\n\n##- Please type your reply above this line -##\n\nYour request (48213) has been updated.\nWe're sorry for the trouble.\nThe Lumen Team\n",
                "The lamp is still broken."
            ),
        ])
    func customerQuotingHelpdesk(_ body: String, _ text: String) throws {
        let output = Self.read(Self.mail(from: "Marie <marie@gmail.com>", body: body))
        #expect(output.skipped.isEmpty)
        #expect(output.company.isEmpty)
        #expect(try #require(output.verbatims.first).text == text)
    }

    @Test(
        "A customer's own apologies, ticket numbers and team names are not the helpdesk's",
        arguments: [
            "Désolée de vous relancer, mais je n'ai rien reçu.\n\nCordialement,\nMarie",
            "Ticket #48213 toujours pas résolu, je suis très déçue.",
            "We're sorry to say the lamp never worked.\nThe Dupont family",
            "Nous avons reçu la lampe cassée. L'équipe de Marie est furieuse.",
        ])
    func customerWords(_ body: String) {
        let output = Self.read(Self.mail(from: "marie@orange.fr", body: body))
        #expect(output.verbatims.count == 1)
        #expect(output.company.isEmpty)
    }

    @Test(
        "An apology followed by a team's name is the company's only when that team is the mailbox's and signs the message",
        arguments: [
            // A B2B customer apologising for chasing, signed by their own team.
            "Bonjour,\nNous sommes désolés de vous relancer, mais les 6 suspensions ne sont toujours pas arrivées.\nCordialement,\nL'équipe de la Boulangerie Martin",
            "Hello,\nWe are sorry to chase again but order 889 is three weeks late.\nBest regards,\nThe Smith & Co team",
            // A complaint about the service, after the customer's own regret, is no sign-off.
            "Bonjour,\nNous regrettons vraiment cet achat, l'ampoule a grillé en deux jours.\nLe service client Lumen ne répond jamais.\nLuc",
            "Hi,\nWe regret buying this lamp, it died in two days.\nThe Lumen support team never answers.\nLuke",
            // A team named mid-message, the customer's words going on below it.
            "Bonjour,\nNous sommes désolés mais c'est inacceptable.\nL'équipe Lumen\nnous a promis un remboursement il y a un mois et rien depuis.",
            "Hi,\nWe are sorry but this is unacceptable.\nThe Lumen team\npromised us a refund a month ago and nothing since.",
        ])
    func customerApologyWithTeamName(_ body: String) {
        let output = Self.read(
            Self.mail(from: "contact@boulangerie-martin.example", body: body),
            options: Self.options(mailbox: Self.lumen))
        #expect(output.company.isEmpty)
        #expect(output.skipped.isEmpty)
        #expect(output.verbatims.count == 1)
    }

    @Test(
        "A sign-off is a short line without a verb or a negation: complaints about the service never are",
        arguments: [
            ("L'équipe Lumen", true), ("The Lumen Team!", true), ("Le service client Lumen", true),
            ("Lumen Customer Care", true), ("L'équipe Lumen, à votre écoute", true),
            ("Le service client ne répond jamais.", false), ("Le service client est injoignable", false),
            ("Le service client n'a rien fait", false), ("The support team never answers", false),
            ("Your customer service doesn't care", false), ("The team at Lumen is useless", false),
        ])
    func signoffShape(_ line: String, _ expected: Bool) {
        let lists = MailSpeakerLists(Self.speakers)
        #expect(HelpdeskReply.isSignoff(MailLinePattern.normalised(line[...]), lists: lists) == expected)
    }

    @Test(
        "A ticket number alone on a line marks a helpdesk's mail, not a customer's from a webmail address",
        arguments: [
            ("Bonjour,\nTicket #4512\nToujours aucune nouvelle de mon remboursement.", "paul@orange.fr", nil),
            ("Hello,\nTicket: #4512\nStill no news of my refund.", "paul@gmail.com", nil),
            (
                "Bonjour Paul,\nVotre remboursement est parti.\nTicket #4512", "support@lumen.freshdesk.example",
                "Ticket #…"
            ),
            ("Hello Paul,\nYour refund was sent.\n[Ticket #4512]", "support@lumen.freshdesk.example", "[Ticket #…]"),
        ])
    func ticketLine(_ body: String, _ from: String, _ line: String?) {
        let output = Self.read(Self.mail(from: from, body: body))
        #expect(output.verbatims.count == (line == nil ? 1 : 0))
        #expect(output.company.map(\.reason) == (line.map { ["helpdesk ticket notice (\($0))"] } ?? []))
    }

    @Test("Mail from the inferred mailbox domain is skipped as an agent's, with the evidence and the override")
    func inferredDomainSkipped() throws {
        let mailbox = MailboxInference(domains: [
            .init(domain: "lumen-shop.example", received: 41, correspondents: 30, answered: 12, messages: 52)
        ])
        let reply = Self.mail(
            from: "Julie <julie@support.lumen-shop.example>", to: "marie@gmail.com",
            body: "Bonjour Marie, c'est en route.")
        let output = Self.read(reply, options: Self.options(mailbox: mailbox))
        #expect(output.verbatims.isEmpty && output.skipped == [.agent: 1])
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .agent, speaker: "lumen-shop.example",
                    reason: "mailbox domain inferred: receives 41 of 52 messages (30 senders), answers 12",
                    override: "customer_domain\tlumen-shop.example")
            ])
        // The customers writing to it are read.
        #expect(
            Self.read(
                Self.mail(from: "marie@gmail.com", body: "Où est ma lampe ?"), options: Self.options(mailbox: mailbox)
            ).verbatims.count == 1)
        // A customer_domain vetoes it, and a configured company_domain wins over it.
        #expect(
            Self.read(reply, options: Self.options(mailbox: mailbox, customerDomains: ["lumen-shop.example"])).verbatims
                .count == 1)
        var configured = Self.options(mailbox: mailbox)
        configured.companyDomains = ["other.example"]
        #expect(Self.read(reply, options: configured).verbatims.count == 1)
        configured.companyDomains = ["lumen-shop.example"]
        #expect(Self.read(reply, options: configured).company.map(\.reason) == ["configured company_domain"])
    }

    @Test(
        "Line patterns: `*` for any text, `{n}` for a number, the whole line must match",
        arguments: [
            ("ticket #{n}", "ticket #48213", true), ("ticket #{n}", "ticket #48213 toujours ouvert", false),
            ("ticket #{n}", "ticket #", false),
            ("*above this line*", "##- please type your reply above this line -##", true),
            ("l'equipe *", "l'equipe lumen", true), ("l'equipe *", "l'equipe", false),
            ("the * team", "the lumen team", true),
            ("the * team", "the lumen teams", false),
            ("votre demande ({n}) a ete mise a jour*", "votre demande (12) a ete mise a jour.", true),
            ("a*b*c", "aXbYbZc", true), ("a*b*c", "aXcYb", false),
        ])
    func linePattern(_ entry: String, _ line: String, _ expected: Bool) {
        #expect(MailLinePattern(entry).matches(bytes: Array(line.utf8)) == expected)
    }

    @Test("Lines are compared folded, with typographic apostrophes and runs of spaces made plain")
    func normalisation() {
        #expect(MailLinePattern.normalise("  L’Équipe\u{A0} Lumen \t") == "l'equipe lumen")
    }

    @Test(
        "Every mail speaker list parses without a finding, says its format and source, and is NFC",
        arguments: [
            "mail-webmail-domains", "mail-reply-markers", "mail-helpdesk-markers", "mail-ticket-lines",
            "mail-company-apologies",
            "mail-company-signoffs", "mail-signoff-clause-words",
        ])
    func lint(_ name: String) throws {
        let text = try String(contentsOf: Self.speakersFolder.appendingPathComponent("\(name).tsv"), encoding: .utf8)
        let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comments.contains("format:") && comments.contains("source:"))
        #expect(text == text.precomposedStringWithCanonicalMapping)
        let parsed = SpeakerLexicon.parse(text, source: name)
        #expect(parsed.findings.isEmpty)
        #expect(!parsed.entries.isEmpty)
        for entry in Self.speakers[name] {
            if name == "mail-signoff-clause-words" {
                // Words, matched whole: a space or an apostrophe would never match one.
                #expect(!entry.isEmpty && entry.allSatisfy { $0.isLetter }, "\(entry)")
            } else if name == "mail-webmail-domains" {
                #expect(
                    entry.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "*" }
                        && entry.contains("."), "\(entry)")
            } else {
                // A pattern that is all wildcard would take every line for the company's.
                #expect(entry.filter { $0.isLetter }.count >= 5, "\(entry)")
            }
        }
    }
}
