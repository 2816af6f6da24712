import Foundation
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// The records that used to kill the nightly run (a Swift runtime trap, exit 132, no reports) now
/// end as warning rows of `errors.csv`, and their neighbours reach the reports.
@Suite struct HostileRecordTests {
    static let deepMail: String = {
        let levels = 100
        var mail = "From: paul@client.example\nSubject: Lampe\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"
        for level in 0..<levels { mail += "--b\(level)\nContent-Type: multipart/mixed; boundary=\"b\(level + 1)\"\n\n" }
        mail += "--b\(levels)\nContent-Type: text/plain\n\nLe pied de la lampe est fendu.\n--b\(levels)--\n"
        for level in stride(from: levels - 1, through: 0, by: -1) { mail += "--b\(level)--\n" }
        return mail
    }()

    /// File, content, and the start of the warning it must give (nil: none).
    static let files: [(path: String, content: String, warning: String?)] = [
        (
            "chats/huge-stamp.json", #"[{"sender": "Client", "text": "Le colis est en retard.", "timestamp": 1e30}]"#,
            "date 1e+27 s from 1970 outside 1990–2100"
        ),
        (
            "chats/infinite-stamp.json",
            #"[{"sender": "Client", "text": "Toujours pas livré.", "timestamp": "Infinity"}]"#,
            "date inf s from 1970 outside 1990–2100"
        ),
        (
            "chats/nanosecond-stamp.json",
            #"[{"sender": "Client", "text": "Merci pour le suivi.", "timestamp": 1795341735000000000}]"#, nil
        ),
        (
            "reviews/best-rating.html",
            #"<html><head><script type="application/ld+json">{"@type": "Review", "reviewBody": "Abat-jour terne.", "reviewRating": {"ratingValue": "4", "bestRating": "12345678901234567890"}}</script></head></html>"#,
            "rating scale 1…1.2345678901234567e+19 beyond 0…1000"
        ),
        (
            "emails/far-year.eml",
            "From: anne@client.example\nDate: 2 Mar 54936299 10:00 +0000\nSubject: Lampe\n\nAmpoule grillée.\n",
            "\"unreadable Date header \"\"2 Mar 54936299 10:00 +0000\"\"; message kept undated\""
        ),
        ("emails/deep-mime.eml", deepMail, "MIME nesting deeper than 64 levels"),
        (
            "emails/good.eml",
            "From: jeanne@client.example\nDate: 20 Nov 2026 09:00 +0100\nSubject: Lampe\n\nMa lampe est arrivée cassée.\n",
            nil
        ),
    ]

    @Test func hostileRecordsAreWarningsAndTheRunGoesOn() async throws {
        let corpus = try AnalyzeRunTests.temporaryFolder()
        let output = try AnalyzeRunTests.temporaryFolder()
        defer { for folder in [corpus, output] { try? FileManager.default.removeItem(at: folder) } }
        for file in Self.files {
            let url = corpus.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.content.utf8).write(to: url)
        }
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: output, lexicons: AnalyzeRunTests.lexicons, jobs: 2, dialect: .rfc4180,
            history: output.appendingPathComponent("history.sqlite"), asOf: Date(timeIntervalSince1970: 1_795_000_000))
        let summary = try await AnalyzeRun.run(configuration)

        #expect(summary.errors == 0)
        #expect(summary.exitStatus == 0)
        let errors = try AnalyzeRunTests.read(output, "errors.csv").split(separator: "\n")
        for file in Self.files {
            let rows = errors.filter { $0.hasPrefix(file.path + ",") }
            if let warning = file.warning {
                #expect(
                    rows.count == 1 && rows[0].contains(warning) && rows[0].hasSuffix(",warning"),
                    "\(file.path): \(rows)")
            } else {
                #expect(rows.isEmpty, "\(file.path): \(rows)")
            }
        }
        // Every record keeps what is sound: all texts reach the report, the good file's first.
        let verbatims = try AnalyzeRunTests.read(output, "verbatims.csv")
        for text in [
            "Ma lampe est arrivée cassée.", "Le colis est en retard.", "Toujours pas livré.", "Merci pour le suivi.",
            "Abat-jour terne.", "Ampoule grillée.", "Le pied de la lampe est fendu.",
        ] {
            #expect(verbatims.contains(text), "\(text) is missing from verbatims.csv")
        }
        #expect(verbatims.contains("2026-11-22T10:02:15Z"))
        #expect(!verbatims.contains("54936299"))
    }
}
