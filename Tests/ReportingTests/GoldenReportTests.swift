import Aggregation
import Foundation
import Testing
import VerbatimModel

@testable import Reporting

/// The report files byte for byte, against golden files an analyst has read.
///
/// Re-record after a deliberate change with `RECORD_SNAPSHOTS=1 swift test --filter GoldenReportTests`;
/// recording fails the test so that a changed baseline cannot slip through unseen.
@Suite struct GoldenReportTests {
    static func records() -> [AnalysedVerbatim] {
        func record(
            _ path: String, _ ordinal: Int, channel: Channel, touchpoint: String, score: Double, label: SentimentLabel,
            text: String, nps: Int? = nil, themes: [ThemeMention] = [], emotions: [EmotionScore] = [],
            signals: [String] = [], date: Date? = nil, language: Language = .fr
        ) -> AnalysedVerbatim {
            let verbatim = Verbatim(
                source: SourceLocation(path: path, ordinal: ordinal, position: "row \(ordinal + 2)"), channel: channel,
                date: date, customer: "c\(ordinal % 3)", conversation: "\(path)#\(ordinal)", text: text,
                scores: SurveyScores(nps: nps))
            return AnalysedVerbatim(
                verbatim: verbatim, language: language,
                sentiment: SentimentResult(score: score, label: label, clauses: []), emotions: emotions,
                themes: themes, signals: signals, touchpoint: touchpoint)
        }
        let day = Date(timeIntervalSince1970: 1_795_000_000)
        return [
            record(
                "surveys/nps.csv", 0, channel: .survey, touchpoint: "delivery", score: -0.72, label: .negative,
                text: "Toujours pas reçu ma commande, appelez-moi au 06 12 34 56 78 !", nps: 1,
                themes: [ThemeMention(theme: "delivery_delay", sentiment: -0.72)],
                emotions: [EmotionScore(emotion: .anger, intensity: 0.8)], signals: ["urgency"], date: day),
            record(
                "surveys/nps.csv", 1, channel: .survey, touchpoint: "delivery", score: -0.41, label: .negative,
                text: "=colis perdu; \"on vous rappelle\" qu'ils disent", nps: 4,
                themes: [ThemeMention(theme: "parcel_lost", sentiment: -0.41)], signals: ["effort"]),
            record(
                "surveys/nps.csv", 2, channel: .survey, touchpoint: "delivery", score: 0, label: .neutral, text: "",
                nps: 10),
            record(
                "emails/a.eml", 0, channel: .email, touchpoint: "product_received", score: 0.81, label: .positive,
                text: "Beautiful lamp, great quality.",
                themes: [ThemeMention(theme: "product_quality", sentiment: 0.81)],
                emotions: [EmotionScore(emotion: .joy, intensity: 0.6)], language: .en),
            record(
                "chats/c1.txt", 3, channel: .chat, touchpoint: "customer_service", score: 0.05, label: .mixed,
                text: "Sophie était adorable mais le robot tourne en rond",
                themes: [
                    ThemeMention(theme: "staff_attitude", sentiment: 0.7),
                    ThemeMention(theme: "chatbot", sentiment: -0.6),
                ], signals: ["bot-loop"]),
        ]
    }

    /// The signal lexicon's ids as the shipped `lexicons/signals` gives them (`SignalLexicon.signals`;
    /// `ReportColumnsRunTests` pins that a real run's tables have these columns).
    static let lexiconSignals = ["effort", "churn", "urgency"]

    /// The reports of `records()` written as a run writes them: through the aggregation step and
    /// `ReportSet`, rows encoded in two steps as the analysis task and the consumer do.
    static func render(_ dialect: CSVDialect) throws -> [String: Data] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = try ReportSet(
            folder: directory, report: VerbatimsReport(dialect: dialect), lexiconSignals: lexiconSignals)
        var aggregation = RunAggregation(window: DateWindow())
        for record in records().sorted(by: { $0.verbatim.source < $1.verbatim.source }) {
            let row = record.verbatim.text.isEmpty ? nil : reports.report.encodeEarly(record)
            if case .counted(let counted) = aggregation.add(record), let row { try reports.append(row, of: counted) }
        }
        let order = ["delivery", "product_received", "customer_service"]
        let aggregator = aggregation.aggregator
        let facts = SummaryPage.RunFacts(
            date: Date(timeIntervalSince1970: 1_795_000_000), verbatims: aggregator.overall.count,
            byChannel: aggregator.channelCounts, byLanguage: aggregator.languageCounts, errors: 0, previousRun: nil)
        try reports.write(
            ReportSet.Contents(
                hotspots: aggregator.hotspots(journeyOrder: order),
                themeRows: aggregator.themeHotspots(journeyOrder: order), trends: [:], findings: [], facts: facts,
                journeyOrder: order))
        var files: [String: Data] = [:]
        for name in ["verbatims.csv", "hotspots.csv", "themes.csv"] {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: [CSVDialect.excelFR, .rfc4180])
    func reportsMatchTheGoldenFiles(dialect: CSVDialect) throws {
        let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        for (name, data) in try Self.render(dialect).sorted(by: { $0.key < $1.key }) {
            let golden = snapshots.appendingPathComponent("\(dialect.name)-\(name)")
            if recording || !FileManager.default.fileExists(atPath: golden.path) {
                try data.write(to: golden)
                Issue.record("recorded \(golden.lastPathComponent); check it by eye and run again")
                continue
            }
            let expected = try Data(contentsOf: golden)
            #expect(data == expected, "\(golden.lastPathComponent) differs: \(String(decoding: data, as: UTF8.self))")
        }
    }

    @Test func personalDataIsMaskedInTextAndExamples() throws {
        let files = try Self.render(.rfc4180)
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("06 12 34 56 78"), "\(name) leaks a phone number")
        }
        let verbatims = String(decoding: try #require(files["verbatims.csv"]), as: UTF8.self)
        #expect(verbatims.contains("appelez-moi au [phone] !"))
        #expect(verbatims.contains("'=colis perdu"))
    }
}
