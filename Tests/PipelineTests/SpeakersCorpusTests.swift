import Foundation
import Testing

@testable import Pipeline

/// Issue 14 end to end: a lighting shop's drop folder with no `verbatim-config.tsv`, every format as
/// real exports write it (mail threads and a helpdesk reply, WhatsApp Business exports in French and
/// English, live chats with role labels and a bot, a Telegram and a Messenger export, support tweets,
/// a Qualtrics export, review pages). Only the customers' own words may reach `verbatims.csv`.
@Suite struct SpeakersCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Corpus/speakers")

    /// One snippet per customer utterance of the corpus: each must be in exactly one row.
    static let customerTurns = [
        "Ma lampe Arc est arrivée avec le pied fêlé",
        "my refund still has not arrived after three weeks",
        "Le colis est bloqué au dépôt depuis une semaine",
        "l'abat-jour reçu est déchiré sur le côté",
        "Super merci beaucoup",
        "the pendant lamp flickers every evening",
        "Also the dimmer makes a buzzing noise",
        "Je n'arrive pas à suivre mon colis",
        "je veux parler à quelqu'un",
        "ça fait dix jours que j'attends",
        "ma commande n'est toujours pas arrivée",
        "d'accord merci, j'attends depuis lundi",
        "the lamp I ordered arrived without the bulb",
        "Thanks, quick answer at least",
        "L'ampoule a grillé au bout de deux jours",
        "my order has been stuck in transit for two weeks",
        "the website keeps crashing at checkout",
        "still crashing an hour later",
        "Delivery took three weeks and nobody answered my emails",
        "The lamp itself is beautiful",
        "Lovely quality and fast shipping",
        "La lumière est douce mais le variateur grésille",
    ]

    /// What the company, its bot, or the tools wrote: in no row.
    static let companyTurns = [
        "Nous sommes désolés pour ce désagrément", "Un nouveau pied part demain", "your refund was issued today",
        "type your reply above", "Votre demande", "relancé la livraison", "chiffrés de bout en bout",
        "service sécurisé de Meta", "Médias omis", "je regarde votre dossier", "Un nouvel abat-jour",
        "end-to-end encrypted", "secure service from Meta", "video omitted", "Could you send us a video",
        "replacement driver", "assistant virtuel de Maison Lumen", "Je n'ai pas compris",
        "Le transporteur a eu un retard",
        "en quoi puis je vous aider", "merci de patienter", "A bulb is on its way", "Sorry about that",
        "nous avons bien reçu votre photo", "DM us your order number", "looking into it", "Soyez le premier",
    ]

    @Test func onlyTheCustomersOwnWordsAreVerbatims() async throws {
        let output = try await Self.run(jobs: 2)
        defer { try? FileManager.default.removeItem(at: output) }
        let texts = try Self.texts(in: AnalyzeRunTests.read(output, "verbatims.csv"))
        for snippet in Self.customerTurns {
            #expect(texts.count { $0.contains(snippet) } == 1, "customer turn '\(snippet)' not found exactly once")
        }
        for snippet in Self.companyTurns {
            #expect(
                !texts.contains { $0.contains(snippet) },
                "company, bot or system text '\(snippet)' read as a customer's")
        }
        #expect(texts.count == Self.customerTurns.count, "rows: \(texts)")
    }

    @Test func theManifestSaysWhomItTookForTheCompanyAndWhy() async throws {
        let output = try await Self.run(jobs: 1)
        defer { try? FileManager.default.removeItem(at: output) }
        let manifest = try AnalyzeRunTests.read(output, "manifest.json")
        for speaker in [
            "lumen-shop.example", "Maison Lumen", "Lumen Lighting", "Julie (Service Après-Vente)", "LumenHelp",
        ] {
            #expect(manifest.contains(speaker), "manifest does not name \(speaker) as the company side")
        }
    }

    @Test func reportsAreTheSameBytesWhateverTheThreadCount() async throws {
        let one = try await Self.run(jobs: 1)
        let two = try await Self.run(jobs: 3)
        defer { for folder in [one, two] { try? FileManager.default.removeItem(at: folder) } }
        for name in ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv", "inputs.csv"] {
            #expect(try AnalyzeRunTests.read(one, name) == AnalyzeRunTests.read(two, name), "\(name) depends on --jobs")
        }
    }

    /// The corpus analysed as of 2026-03-20, just after its mail and chats; the report folder.
    static func run(jobs: Int) async throws -> URL {
        try await AnalyzeRunTests.run(corpus: corpus, jobs: jobs, asOf: Date(timeIntervalSince1970: 1_774_000_000))
            .output
    }

    /// The `text` cells of an RFC 4180 `verbatims.csv` (quoted cells may hold commas and line breaks).
    static func texts(in csv: String) throws -> [String] {
        var rows: [[String]] = [[]]
        var cell = ""
        var quoted = false
        var iterator = csv.drop { $0 == "\u{FEFF}" }.makeIterator()
        while let character = iterator.next() {
            switch (character, quoted) {
            case ("\"", true): quoted = false
            case ("\"", false):
                if !cell.isEmpty { cell.append("\"") }
                quoted = true
            case (",", false):
                rows[rows.count - 1].append(cell)
                cell = ""
            case ("\r\n", false), ("\n", false):
                rows[rows.count - 1].append(cell)
                cell = ""
                rows.append([])
            default: cell.append(character)
            }
        }
        if !cell.isEmpty { rows[rows.count - 1].append(cell) }
        let header = try #require(rows.first)
        let column = try #require(header.firstIndex(of: "text"))
        return rows.dropFirst().filter { $0.count > column }.map { $0[column] }
    }
}
