import Foundation
import Testing

@testable import Pipeline

/// End to end on `Corpus/identity` (its README says who is who): three people writing by e-mail,
/// chat and survey under different names, linked by evidence only, and a concierge's address that
/// all three quote, which must link nobody (issue 18).
@Suite struct IdentityCorpusRunTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/identity/corpus")
    /// The run's night: every contact of the corpus is within 30 days before it.
    static let night = Date(timeIntervalSince1970: 1_795_132_800)  // 2026-11-20
    static let reports = ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv", "inputs.csv", "summary.html"]

    /// `verbatims.csv` rows (rfc4180) by `source`, as `customer` and `signals`.
    static func rows(_ output: URL) throws -> [String: (customer: String, signals: String)] {
        let text = try AnalyzeRunTests.read(output, "verbatims.csv")
        var rows: [String: (customer: String, signals: String)] = [:]
        // Texts hold line breaks: only the lines that start a row (a channel) are read; the first
        // cells (id, channel, source, date, customer) hold none, and the signals cell sits 8 cells on.
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 12, ["email", "chat", "survey"].contains(cells[1]) else { continue }
            rows[cells[2]] = (cells[4], cells[12])
        }
        return rows
    }

    @Test func threePeopleAcrossChannelsAndTheSharedAddressLinksNobody() async throws {
        let (summary, output) = try await AnalyzeRunTests.run(corpus: Self.corpus, jobs: 2, asOf: Self.night)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(summary.people == 3)
        #expect(summary.multiChannelPeople == 3)
        #expect(summary.sharedEvidence == 1)
        let rows = try Self.rows(output)
        let claire = [
            "emails/2026-11-02-claire-colis.eml", "chats/2026-11-04-livechat-claire.txt:line 2",
            "chats/2026-11-04-livechat-claire.txt:line 6", "surveys/enquete-livraison-novembre.csv:row 2",
        ]
        let james = [
            "emails/2026-11-03-james-parcel.eml", "chats/2026-11-05-chat-james.json:message 1",
            "chats/2026-11-05-chat-james.json:message 3", "surveys/enquete-livraison-novembre.csv:row 3",
        ]
        // The export is named after Sophie's number: the displayed path masks it.
        let whatsApp = "chats/Discussion WhatsApp avec [phone].txt"
        let sophie = [
            "\(whatsApp):line 1", "\(whatsApp):line 3", "emails/2026-11-06-sophie-livraison.eml",
            "surveys/enquete-livraison-novembre.csv:row 4",
        ]
        #expect(rows.count == 12)
        let keys = [claire, james, sophie].map { person in Set(person.map { rows[$0]?.customer ?? "missing" }) }
        #expect(keys.allSatisfy { $0.count == 1 && !$0.contains("missing") })
        #expect(Set(keys.flatMap { $0 }).count == 3)
        // Each later contact came through a channel the person had not used before on delivery; the
        // third contact (the survey answer) is a repeat contact, whatever its channel.
        let switched = [claire[1], claire[2], claire[3], james[1], james[2], james[3], sophie[2], sophie[3]]
        for source in claire + james + sophie {
            let signals = rows[source]?.signals.split(separator: "|").map(String.init) ?? []
            #expect(signals.contains("channel-switch") == switched.contains(source), "\(source)")
            #expect(signals.contains("repeat-contact") == (source.hasPrefix("surveys/")), "\(source)")
        }
        let errors = try AnalyzeRunTests.read(output, "errors.csv")
        #expect(errors.contains("identity evidence,email "))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(ContactLog.fileName).path))
        try Self.expectNoClearText(output)
    }

    /// No address or phone of the corpus in any report, not even Sophie's number in the WhatsApp
    /// export's file name (displayed paths are masked). `IdentityMaskingRunTests` adds order numbers.
    static func expectNoClearText(_ output: URL) throws {
        let clear = [
            "claire.moreau@exemple.fr", "j.whitfield@example.co.uk", "sophie.ng@exemple.org",
            "conciergerie@residence-tilleuls.example", "7700 900456", "7700900456", "06 98 76 54 32", "698765432",
        ]
        for name in reports + ["manifest.json"] {
            let text = try AnalyzeRunTests.read(output, name)
            for value in clear { #expect(!text.contains(value), "\(value) in \(name)") }
        }
    }

    @Test func theSameKeysWhateverTheJobsAndOnASecondRun() async throws {
        var outputs: [URL] = []
        defer { for output in outputs { try? FileManager.default.removeItem(at: output) } }
        for jobs in [1, 2, 1] {
            outputs.append(try await AnalyzeRunTests.run(corpus: Self.corpus, jobs: jobs, asOf: Self.night).output)
        }
        for name in Self.reports {
            let texts = try outputs.map { try AnalyzeRunTests.read($0, name) }
            #expect(Set(texts).count == 1, "\(name)")
        }
    }
}
