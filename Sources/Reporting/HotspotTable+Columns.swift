import Aggregation
import VerbatimModel

/// The columns of `hotspots.csv` and `themes.csv`, each declared once: its header and its cell.
/// The signal columns go between `countColumns` and `closingColumns` (`HotspotTable.signalColumns`).
extension HotspotTable {
    /// `rank, touchpoint`, first in both tables.
    static let keyColumns: [ReportColumn<Line>] = [
        ReportColumn("rank") { .integer($0.hotspot.rank) },
        ReportColumn("touchpoint") { .text($0.hotspot.touchpoint) },
    ]

    /// `theme`, after the touchpoint in `themes.csv`.
    static let themeColumn = ReportColumn<Line>("theme") { .optionalText($0.hotspot.theme) }

    /// Sizes, shares, sentiment, impact and survey scores.
    static let countColumns: [ReportColumn<Line>] = [
        ReportColumn("verbatims") { .integer($0.statistics.count) },
        ReportColumn("share") { .decimal($0.hotspot.share, places: 3) },
        ReportColumn("negative") { .integer($0.statistics.negative) },
        ReportColumn("negative_share") { .optionalDecimal($0.statistics.negativeShare, places: 3) },
        ReportColumn("negative_share_low95") { .optionalDecimal($0.statistics.negativeShareLowerBound, places: 3) },
        ReportColumn("positive_share") { .optionalDecimal($0.statistics.positiveShare, places: 3) },
        ReportColumn("mixed_share") { .optionalDecimal($0.statistics.mixedShare, places: 3) },
        ReportColumn("net_sentiment") { .optionalDecimal($0.statistics.netSentiment, places: 1) },
        ReportColumn("mean_sentiment") { .optionalDecimal($0.statistics.meanSentiment, places: 3) },
        ReportColumn("impact") { .decimal($0.hotspot.impact, places: 2) },
        ReportColumn("nps") { .optionalDecimal($0.statistics.nps.score, places: 1) },
        ReportColumn("nps_n") { .integer($0.statistics.nps.count) },
        ReportColumn("nps_moe95") { .optionalDecimal($0.statistics.nps.marginOfError, places: 1) },
        ReportColumn("nps_impact") { .optionalDecimal($0.hotspot.npsImpact, places: 1) },
        ReportColumn("csat") { .optionalDecimal($0.statistics.csat, places: 1) },
        ReportColumn("csat_n") { .integer($0.statistics.csatCount) },
        ReportColumn("ces_mean") { .optionalDecimal($0.statistics.cesMean, places: 2) },
        ReportColumn("ces_easy_share") { .optionalDecimal($0.statistics.cesEasyShare, places: 1) },
        ReportColumn("ces_n") { .integer($0.statistics.cesCount) },
    ]

    /// The people who wrote on a touchpoint (issue 18: one key per person across channels) and the
    /// share of them who used two channels or more on it; last in `hotspots.csv` only.
    static let peopleColumns: [ReportColumn<Line>] = [
        ReportColumn("people") { .integer($0.statistics.people) },
        ReportColumn("multichannel_share") { .optionalDecimal($0.statistics.multiChannelShare, places: 3) },
    ]

    /// Top themes and emotion, the trend against the history, and the example quote.
    static let closingColumns: [ReportColumn<Line>] = [
        ReportColumn("top_themes") { line in
            let themes = line.statistics.topThemes(3).map { "\($0.theme) (\($0.negative)/\($0.mentions))" }
            return .text(themes.joined(separator: " | "))
        },
        ReportColumn("top_emotion") { line in
            .optionalText(line.statistics.topEmotion.map { "\($0.emotion.rawValue) (\($0.count))" })
        },
        ReportColumn("negative_share_change") { .optionalDecimal($0.trend?.negativeShareChange, places: 1) },
        ReportColumn("negative_share_p") { .optionalDecimal($0.trend?.negativeShareP, places: 4) },
        ReportColumn("nps_change") { .optionalDecimal($0.trend?.npsChange, places: 1) },
        ReportColumn("nps_p") { .optionalDecimal($0.trend?.npsP, places: 4) },
        ReportColumn("q") { .optionalDecimal($0.trend?.q, places: 4) },
        ReportColumn("significant") { line in
            line.trend?.q == nil ? .empty : .text(line.trend?.significant == true ? "yes" : "no")
        },
        ReportColumn("negative_share_vs_4w") { .optionalDecimal($0.trend?.negativeShareVersusFourWeeks, places: 1) },
        ReportColumn("example") { .optionalText($0.exampleText) },
        ReportColumn("example_source") { .optionalText($0.exampleSource) },
    ]
}
