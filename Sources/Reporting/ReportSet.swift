public import Foundation
public import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The report files of one run, written into one folder: `inputs.csv` and `verbatims.csv` row by
/// row as the run consumes its units (memory stays bounded whatever the corpus), then the hot spot
/// and theme tables, `errors.csv` and `summary.html` in one `write` once the aggregates are known.
///
/// This is the only wiring of the reports: the pipeline and the golden report test both go through it.
public final class ReportSet {
    /// The report file names, relative to the folder.
    public enum FileName {
        public static let verbatims = "verbatims.csv"
        public static let hotspots = "hotspots.csv"
        public static let themes = "themes.csv"
        public static let errors = "errors.csv"
        public static let manifest = "manifest.json"
        public static let summary = "summary.html"
        public static let inputs = "inputs.csv"
    }

    /// The folder the reports go into.
    public let folder: URL
    /// Spells and masks `verbatims.csv`, and the quotes of the other reports.
    public let report: VerbatimsReport
    /// Spells `hotspots.csv` and `themes.csv`.
    public let table: HotspotTable
    /// A test seam: starting this report fails with `ENOSPC`, as on a full disk.
    private let failing: String?
    let inputsFile: CSVReportWriter
    let verbatimsFile: CSVReportWriter

    /// Starts `verbatims.csv` and `inputs.csv` in `folder`; `lexiconSignals` are the signal
    /// lexicon's ids (`SignalLexicon.signals`), which get hot spot columns (`HotspotTable`).
    public convenience init(folder: URL, report: VerbatimsReport, lexiconSignals: [String]) throws {
        try self.init(folder: folder, report: report, lexiconSignals: lexiconSignals, failing: nil)
    }

    /// The same; creating the report `failing` fails as on a full disk (a test seam).
    package init(folder: URL, report: VerbatimsReport, lexiconSignals: [String], failing: String?) throws {
        self.folder = folder
        self.report = report
        self.failing = failing
        table = HotspotTable(report: report, lexiconSignals: lexiconSignals)
        verbatimsFile = try Self.csv(FileName.verbatims, columns: VerbatimsReport.columns, in: folder, report, failing)
        inputsFile = try Self.csv(FileName.inputs, columns: InputsReport.columns, in: folder, report, failing)
    }

    /// Appends the `inputs.csv` row of one input (a file, or a shard of one).
    public func append(input source: String, output: IngestOutput) throws {
        try inputsFile.append(InputsReport.cells(source: report.displayed(path: source), output: output))
    }

    /// Appends the `verbatims.csv` row of `record`, encoded here.
    public func append(_ record: AnalysedVerbatim) throws {
        try verbatimsFile.append(report.cells(for: record))
    }

    /// Appends the `verbatims.csv` row encoded by the analysis task (`VerbatimsReport.encodeEarly`),
    /// finished with the cells of `record` as the aggregation step left it.
    public func append(_ row: VerbatimsReport.EncodedRow, of record: AnalysedVerbatim) throws {
        try append(row, late: VerbatimsReport.LateCells(record))
    }

    /// Appends the `verbatims.csv` row encoded by the analysis task, finished with `late`.
    public func append(_ row: VerbatimsReport.EncodedRow, late: VerbatimsReport.LateCells) throws {
        try verbatimsFile.appendEncoded { write in try report.finish(row, late: late, into: write) }
    }

    /// Writes the text report `name` (the run's manifest) whole.
    public func write(_ text: String, to name: String) throws {
        try Self.check(name, failing)
        try AtomicFileWriter.write(text, to: folder.appendingPathComponent(name))
    }

    /// Starts the CSV report `name` with its header.
    func csv(_ name: String, columns: [String]) throws -> CSVReportWriter {
        try Self.csv(name, columns: columns, in: folder, report, failing)
    }

    private static func csv(
        _ name: String, columns: [String], in folder: URL, _ report: VerbatimsReport, _ failing: String?
    ) throws -> CSVReportWriter {
        try check(name, failing)
        return try CSVReportWriter(
            destination: folder.appendingPathComponent(name), dialect: report.dialect, columns: columns)
    }

    private static func check(_ name: String, _ failing: String?) throws {
        if name == failing { throw ReportWriteError(file: name, code: ENOSPC) }
    }
}
