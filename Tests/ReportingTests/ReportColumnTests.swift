import Aggregation
import Testing
import VerbatimModel

@testable import Reporting

/// Columns declared once: the two-step encoding of `verbatims.csv` spells exactly the record, and
/// every signal gets a hot spot column, those of the lexicon first.
@Suite struct ReportColumnTests {
    @Test(arguments: [CSVDialect.excelFR, .rfc4180])
    func aRowEncodedInTwoStepsIsTheRecord(dialect: CSVDialect) {
        let report = VerbatimsReport(dialect: dialect)
        for var record in GoldenReportTests.records() {
            let early = report.encodeEarly(record)
            // The aggregation step may add a signal after the task encoded the row.
            record.signals += ["repeat-contact", "a;b,\"c\""]
            let whole = CSVEncoder(dialect: dialect).record(report.cells(for: record))
            #expect(report.finish(early, with: record) == whole)
        }
    }

    @Test func headersAndCellsComeFromOneDeclaration() {
        let report = VerbatimsReport(dialect: .rfc4180)
        let record = GoldenReportTests.records()[0]
        #expect(report.cells(for: record).count == VerbatimsReport.columns.count)
        let input = InputsReport.cells(source: "a", output: IngestOutput(format: "csv"))
        #expect(input.count == InputsReport.columns.count)
        let table = HotspotTable(report: report, lexiconSignals: GoldenReportTests.lexiconSignals)
        // `themes.csv` has a theme column; `hotspots.csv` the two people columns (a cell has no people count).
        #expect(table.touchpointColumns.count + 1 == table.themeColumns.count + 2)
    }

    @Test func aLexiconSignalGetsAColumnBeforeThoseSetByCode() {
        let table = HotspotTable(
            report: VerbatimsReport(dialect: .rfc4180), lexiconSignals: ["effort", "legal-threat"])
        let names = table.measureColumns.map(\.name)
        let effort = names.firstIndex(of: "effort") ?? -1
        #expect(
            Array(names[effort...].prefix(5)) == [
                "effort", "legal_threat", "repeat_contact", "channel_switch", "bot_loop",
            ])
        // A lexicon signal that code also sets has one column.
        let twice = HotspotTable(report: VerbatimsReport(dialect: .rfc4180), lexiconSignals: ["escalation"])
        #expect(twice.signals.filter { $0 == "escalation" }.count == 1)

        var aggregator = HotspotAggregator()
        var record = GoldenReportTests.records()[0]
        record.signals = ["legal-threat"]
        aggregator.add(record)
        let cells = aggregator.hotspots(journeyOrder: []).first.map { table.cells(for: $0) } ?? []
        let column = (table.touchpointColumns.map(\.name).firstIndex(of: "legal_threat")) ?? 0
        #expect(cells.count > column && cells[column] == .integer(1))
    }

    @Test func theLateCellsAreTheCustomerAndTheSignalsInTheirPlaces() {
        #expect(VerbatimsReport.declared.filter(\.afterAggregation).map(\.name) == ["customer", "signals"])
        #expect(VerbatimsReport.lateColumns.map(\.name) == ["customer", "signals"])
        let report = VerbatimsReport(dialect: .rfc4180)
        let record = GoldenReportTests.records()[0]
        let row = report.encodeEarly(record)
        // The person's key and the late signals replace the record's own, every other cell as encoded.
        let late = VerbatimsReport.LateCells(customer: "0123456789abcdef", signals: ["channel-switch"])
        var cells = report.cells(for: record).map { CSVEncoder(dialect: .rfc4180).field($0) }
        cells[VerbatimsReport.columns.firstIndex(of: "customer") ?? 0] = "0123456789abcdef"
        cells[VerbatimsReport.columns.firstIndex(of: "signals") ?? 0] = "channel-switch"
        #expect(report.finish(row, late: late) == cells.joined(separator: ",") + "\n")
    }
}
