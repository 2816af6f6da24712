public import Aggregation
import VerbatimModel

/// The rows of `hotspots.csv` (one per touchpoint) and `themes.csv` (one per touchpoint × theme),
/// ranked by impact. Every formula is in the README.
public struct HotspotTable: Sendable {
    /// Columns shared by both tables, after `rank, touchpoint[, theme]`.
    public static let measureColumns = [
        "verbatims", "share", "negative", "negative_share", "negative_share_low95", "positive_share",
        "mixed_share", "net_sentiment", "mean_sentiment", "impact", "nps", "nps_n", "nps_moe95", "nps_impact",
        "csat", "csat_n", "ces_mean", "ces_easy_share", "ces_n", "effort", "churn", "urgency", "repeat_contact", "bot_loop", "transfer", "escalation",
        "incoherence",
        "top_themes",
        "top_emotion", "negative_share_change", "negative_share_p", "nps_change", "nps_p", "q", "significant",
        "negative_share_vs_4w", "example", "example_source",
    ]

    /// `hotspots.csv` columns.
    public static let touchpointColumns = ["rank", "touchpoint"] + measureColumns
    /// `themes.csv` columns.
    public static let themeColumns = ["rank", "touchpoint", "theme"] + measureColumns

    public var report: VerbatimsReport

    public init(report: VerbatimsReport) {
        self.report = report
    }

    /// The cells of one row of either table, with its trend when there is history.
    public func cells(for row: Hotspot, trend: Trend? = nil) -> [CSVCell] {
        let statistics = row.statistics
        let themes = statistics.topThemes(3).map { "\($0.theme) (\($0.negative)/\($0.mentions))" }
        let example = statistics.examples.first
        var cells: [CSVCell] = [.integer(row.rank), .text(row.touchpoint)]
        if let theme = row.theme { cells.append(.text(theme)) }
        cells += [
            .integer(statistics.count),
            .decimal(row.share, places: 3),
            .integer(statistics.negative),
            .optionalDecimal(statistics.negativeShare, places: 3),
            .optionalDecimal(statistics.negativeShareLowerBound, places: 3),
            .optionalDecimal(statistics.positiveShare, places: 3),
            .optionalDecimal(statistics.mixedShare, places: 3),
            .optionalDecimal(statistics.netSentiment, places: 1),
            .optionalDecimal(statistics.meanSentiment, places: 3),
            .decimal(row.impact, places: 2),
            .optionalDecimal(statistics.nps.score, places: 1),
            .integer(statistics.nps.count),
            .optionalDecimal(statistics.nps.marginOfError, places: 1),
            .optionalDecimal(row.npsImpact, places: 1),
            .optionalDecimal(statistics.csat, places: 1),
            .integer(statistics.csatCount),
            .optionalDecimal(statistics.cesMean, places: 2),
            .optionalDecimal(statistics.cesEasyShare, places: 1),
            .integer(statistics.cesCount),
            .integer(statistics.signalCounts["effort"] ?? 0),
            .integer(statistics.signalCounts["churn"] ?? 0),
            .integer(statistics.signalCounts["urgency"] ?? 0),
            .integer(statistics.signalCounts["repeat-contact"] ?? 0),
            .integer(statistics.signalCounts["bot-loop"] ?? 0),
            .integer(statistics.signalCounts["transfer"] ?? 0),
            .integer(statistics.signalCounts["escalation"] ?? 0),
            .integer(statistics.signalCounts["incoherence"] ?? 0),
            .text(themes.joined(separator: " | ")),
            .optionalText(statistics.topEmotion.map { "\($0.emotion.rawValue) (\($0.count))" }),
            .optionalDecimal(trend?.negativeShareChange, places: 1),
            .optionalDecimal(trend?.negativeShareP, places: 4),
            .optionalDecimal(trend?.npsChange, places: 1),
            .optionalDecimal(trend?.npsP, places: 4),
            .optionalDecimal(trend?.q, places: 4),
            trend?.q == nil ? .empty : .text(trend?.significant == true ? "yes" : "no"),
            .optionalDecimal(trend?.negativeShareVersusFourWeeks, places: 1),
            .optionalText(example.map { report.protect($0.verbatim.text) }),
            .optionalText(example.map { $0.verbatim.source.description }),
        ]
        return cells
    }
}
