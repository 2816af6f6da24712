public import Aggregation
import VerbatimModel

/// The rows of `hotspots.csv` (one per touchpoint) and `themes.csv` (one per touchpoint × theme),
/// ranked by impact. Every formula is in the README; every column is declared once, in
/// `HotspotTable+Columns.swift`, and each signal gets a column of its own (`signalColumns`).
public struct HotspotTable: Sendable {
    /// One row being written: the hot spot, its trend, and what several of its cells share.
    public struct Line: Sendable {
        public var hotspot: Hotspot
        public var trend: Trend?
        /// The example quote, masked unless personal data is kept.
        var exampleText: String?
        /// Where the example quote comes from.
        var exampleSource: String?

        var statistics: GroupStatistics { hotspot.statistics }
    }

    /// The signals set by code rather than by the signal lexicon, in their column order after the
    /// lexicon's: repeat contact (`RepeatContactTracker`), the switch of channel on one touchpoint
    /// (`ChannelSwitchIndex`), the chat reader's `bot-loop`, `transfer` and `escalation`
    /// (`ChatConversation`), and the tagger's `incoherence` (`SignalDetector`).
    public static let codeSignals = [
        RepeatContactTracker.signal, ChannelSwitchIndex.signal, "bot-loop", "transfer", "escalation", "incoherence",
    ]

    public var report: VerbatimsReport
    /// The signals with a column, in column order.
    public let signals: [String]
    /// The columns shared by both tables, after `rank, touchpoint[, theme]`.
    public let measureColumns: [ReportColumn<Line>]

    /// A table whose signal columns are `lexiconSignals` (the signal lexicon's ids, in file order,
    /// `SignalLexicon.signals`) and then `codeSignals`, each once.
    public init(report: VerbatimsReport, lexiconSignals: [String]) {
        self.report = report
        var signals: [String] = []
        for signal in lexiconSignals + Self.codeSignals where !signals.contains(signal) { signals.append(signal) }
        self.signals = signals
        measureColumns = Self.countColumns + Self.signalColumns(signals) + Self.closingColumns
    }

    /// `hotspots.csv` columns: the people columns close it (a theme cell has no people count).
    public var touchpointColumns: [ReportColumn<Line>] { Self.keyColumns + measureColumns + Self.peopleColumns }
    /// `themes.csv` columns.
    public var themeColumns: [ReportColumn<Line>] { Self.keyColumns + [Self.themeColumn] + measureColumns }

    /// The row `row` of its table (with a theme column when it has a theme), with its trend.
    public func line(for row: Hotspot, trend: Trend? = nil) -> Line {
        let example = row.statistics.examples.first
        return Line(
            hotspot: row, trend: trend, exampleText: example.map { report.protect($0.verbatim.text) },
            exampleSource: example.map { report.displayed($0.verbatim.source) })
    }

    /// The cells of one row of either table, with its trend when there is history.
    public func cells(for row: Hotspot, trend: Trend? = nil) -> [CSVCell] {
        let line = line(for: row, trend: trend)
        return (row.theme == nil ? touchpointColumns : themeColumns).map { $0.cell(line) }
    }

    /// One count column per signal, named after it with `_` for `-` (`repeat-contact` → `repeat_contact`).
    static func signalColumns(_ signals: [String]) -> [ReportColumn<Line>] {
        signals.map { signal in
            ReportColumn(String(signal.map { $0 == "-" ? "_" : $0 })) {
                .integer($0.statistics.signalCounts[signal] ?? 0)
            }
        }
    }
}
