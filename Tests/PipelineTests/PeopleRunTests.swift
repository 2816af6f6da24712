import Aggregation
import Foundation
import Reporting
import Testing
import VerbatimModel

@testable import Pipeline

/// One key per person across channels, on hand-made records carrying identity evidence (issue 18):
/// the ordered consumer spills its rows, then writes them with the person's key, `repeat-contact`
/// counted by person across channels and `channel-switch`.
@Suite struct PeopleRunTests {
    static let day = Date(timeIntervalSince1970: 1_795_000_000)
    /// Keyed evidence as the readers give it (16 hex digits); the phone sorts first.
    static let mail = "email:3333333333333333"
    static let phone = "phone:2222222222222222"

    static func record(
        _ path: String, _ channel: Channel, day: Int, customer: String?, evidence: [String],
        touchpoint: String = "delivery", text: String = "toujours pas livré"
    ) -> AnalysedVerbatim {
        let verbatim = Verbatim(
            source: SourceLocation(path: path, ordinal: 0, position: ""), channel: channel,
            date: Self.day.addingTimeInterval(Double(day) * 86_400), customer: customer, conversation: path,
            evidence: evidence, text: text)
        return AnalysedVerbatim(
            verbatim: verbatim, language: .fr, sentiment: SentimentResult(score: -0.5, label: .negative, clauses: []),
            themes: [ThemeMention(theme: "delivery_delay", sentiment: -0.5)], touchpoint: touchpoint)
    }

    /// The records of three people: P writes by e-mail, then chat (giving the same address and a
    /// phone), then survey (giving the phone); Q by e-mail only; R by a chat without evidence.
    static let records = [
        record("a.eml", .email, day: 0, customer: "mailkeyp", evidence: [mail]),
        record("b.eml", .email, day: 1, customer: "mailkeyq", evidence: ["email:9999999999999999"]),
        record("c.txt", .chat, day: 2, customer: "chatkeyp", evidence: [mail, phone]),
        record("d.txt", .chat, day: 3, customer: "chatkeyr", evidence: []),
        record("e.csv", .survey, day: 5, customer: "respondentp", evidence: [phone]),
        record("f.csv", .survey, day: 6, customer: "respondentq", evidence: [], touchpoint: "payment"),
    ]

    static func tally(in folder: URL) throws -> RunTally {
        let report = VerbatimsReport(dialect: .rfc4180)
        return RunTally(
            summary: RunSummary(), findings: [], aggregation: RunAggregation(window: DateWindow()),
            reports: try ReportSet(folder: folder, report: report, lexiconSignals: []))
    }

    static func consume(_ records: [AnalysedVerbatim], into tally: inout RunTally) throws {
        let result = AnalyzeRun.UnitResult(
            records: records, rows: records.map(tally.reports.report.earlyRow), source: "unit",
            output: IngestOutput(format: "test"))
        try tally.consume(result, of: UnitPlace(relativePath: "unit", byteRange: nil, size: 1))
    }

    /// `verbatims.csv` rows (header first) as cells, split on the dialect's separator (no quoting here).
    static func rows(_ folder: URL, tally: RunTally) throws -> [[String: String]] {
        try tally.reports.write(
            ReportSet.Contents(
                hotspots: tally.aggregation.aggregator.hotspots(journeyOrder: []), themeRows: [], trends: [:],
                findings: tally.findings,
                facts: SummaryPage.RunFacts(
                    date: day, verbatims: 0, byChannel: [:], byLanguage: [:], errors: 0, previousRun: nil),
                journeyOrder: []))
        let text = try String(contentsOf: folder.appendingPathComponent("verbatims.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { cells in
            Dictionary(zip(header.map(String.init), cells.map(String.init)), uniquingKeysWith: { first, _ in first })
        }
    }

    @Test func aPersonKeepsOneKeyAcrossChannelsAndIsMarkedAcrossThem() throws {
        let folder = try AnalyzeRunTests.temporaryFolder()
        var tally = try Self.tally(in: folder)
        try Self.consume(Self.records, into: &tally)
        try tally.resolvePeople()
        let rows = try Self.rows(folder, tally: tally)
        #expect(
            rows.map { $0["customer"] } == [
                "2222222222222222", "9999999999999999", "2222222222222222", "chatkeyr", "2222222222222222",
                "respondentq",
            ])
        // P's survey answer is the third contact on one theme in 30 days, across three channels; the
        // chat and the survey came after an e-mail on the same touchpoint.
        #expect(
            rows.map { $0["signals"] } == [
                "", "", "channel-switch", "", "channel-switch|repeat-contact", "",
            ])
        let delivery = try #require(tally.aggregation.aggregator.touchpoints["delivery"])
        #expect(delivery.signalCounts["channel-switch"] == 2)
        #expect(delivery.signalCounts["repeat-contact"] == 1)
        #expect(tally.aggregation.aggregator.overall.signalCounts["repeat-contact"] == 1)
        #expect(
            tally.aggregation.aggregator.cells.first {
                $0.key.touchpoint == "delivery" && $0.key.theme == "delivery_delay"
            }?.value
                .signalCounts["channel-switch"] == 2)
        // P, Q and R wrote on delivery; P through two channels.
        #expect(delivery.people == 3)
        #expect(delivery.multiChannelPeople == 1)
        #expect(tally.summary.people == 4)
        #expect(tally.summary.multiChannelPeople == 1)
        // P's three local keys are one person; Q's e-mail and survey share no evidence.
        #expect(tally.summary.personMerges == 2)
        #expect(tally.summary.sharedEvidence == 0)
        let manifest = RunManifest(
            configuration: ReportSetTests.configuration(folder), summary: tally.summary, started: Self.day)
        let json = try JSONSerialization.jsonObject(with: Data(try manifest.json().utf8)) as? [String: Any]
        let people = try #require(json?["people"] as? [String: Int])
        #expect(people == ["people": 4, "multi_channel": 1, "merges": 2, "shared_evidence_ignored": 0])
    }

    @Test func theSpillIsRemovedOnceReplayedAndWhenTheRunStops() throws {
        let folder = try AnalyzeRunTests.temporaryFolder()
        let spill = folder.appendingPathComponent(ContactLog.fileName)
        do {
            var tally = try Self.tally(in: folder)
            try Self.consume(Self.records, into: &tally)
            #expect(FileManager.default.fileExists(atPath: spill.path))
            try tally.resolvePeople()
            #expect(!FileManager.default.fileExists(atPath: spill.path))
        }
        do {
            // A run that stops before people are resolved (a full disk, a bad partial) leaves no spill.
            var tally = try Self.tally(in: folder)
            try Self.consume(Self.records, into: &tally)
            #expect(FileManager.default.fileExists(atPath: spill.path))
        }
        #expect(!FileManager.default.fileExists(atPath: spill.path))
    }

    @Test func aSharedAddressLinksNobodyAndIsReportedKeyedOnly() throws {
        let folder = try AnalyzeRunTests.temporaryFolder()
        var tally = try Self.tally(in: folder)
        let decoy = "email:0000000000000000"
        let people = (1...5).map { "email:\($0)\(String(repeating: "a", count: 15))" }
        let records = people.enumerated().map { index, own in
            Self.record("m\(index).eml", .email, day: index, customer: "local\(index)", evidence: [decoy, own])
        }
        try Self.consume(records, into: &tally)
        try tally.resolvePeople()
        let rows = try Self.rows(folder, tally: tally)
        #expect(rows.map { $0["customer"] } == people.map { String($0.dropFirst("email:".count)) })
        #expect(rows.allSatisfy { $0["signals"] == "" })
        #expect(tally.summary.sharedEvidence == 1)
        #expect(tally.summary.people == 5)
        let warning = try #require(tally.findings.last)
        #expect(warning.severity == .warning)
        #expect(warning.position == "email 0000000000000000")
        #expect(warning.reason.contains("seen with 5 distinct"))
    }

    @Test func theSameRecordsGiveTheSameBytesWhateverTheUnitSplit() throws {
        var outputs: [String] = []
        for split in [1, 2, 6] {
            let folder = try AnalyzeRunTests.temporaryFolder()
            var tally = try Self.tally(in: folder)
            for start in stride(from: 0, to: Self.records.count, by: split) {
                try Self.consume(Array(Self.records[start..<min(start + split, Self.records.count)]), into: &tally)
            }
            try tally.resolvePeople()
            _ = try Self.rows(folder, tally: tally)
            outputs.append(try String(contentsOf: folder.appendingPathComponent("verbatims.csv"), encoding: .utf8))
        }
        #expect(Set(outputs).count == 1)
    }
}
