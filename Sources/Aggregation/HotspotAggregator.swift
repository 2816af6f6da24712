public import VerbatimModel

/// Folds analysed verbatims into per-touchpoint and per-touchpoint × theme statistics.
///
/// Records must be added in a stable order (the pipeline adds them sorted by source) so that the
/// example quotes, and so the reports, are the same bytes on every run.
public struct HotspotAggregator: Sendable {
    /// A touchpoint × theme cell.
    public struct CellKey: Sendable, Hashable, Comparable {
        public var touchpoint: String
        public var theme: String

        public static func < (lhs: CellKey, rhs: CellKey) -> Bool {
            (lhs.touchpoint, lhs.theme) < (rhs.touchpoint, rhs.theme)
        }
    }

    public private(set) var overall = GroupStatistics()
    public private(set) var touchpoints: [String: GroupStatistics] = [:]
    public private(set) var cells: [CellKey: GroupStatistics] = [:]
    /// Verbatims with text by channel and by language; survey responses without a comment by channel.
    public private(set) var channelCounts: [Channel: Int] = [:]
    public private(set) var languageCounts: [Language: Int] = [:]
    public private(set) var scoreOnlyResponses = 0

    public init() {}

    /// Adds one record to the overall, touchpoint and touchpoint × theme groups.
    public mutating func add(_ record: AnalysedVerbatim) {
        overall.add(record)
        touchpoints[record.touchpoint, default: GroupStatistics()].add(record)
        if record.verbatim.text.isEmpty {
            scoreOnlyResponses += 1
            return
        }
        channelCounts[record.verbatim.channel, default: 0] += 1
        languageCounts[record.language, default: 0] += 1
        for (index, mention) in record.themes.enumerated()
        where !record.themes[..<index].contains(where: { $0.theme == mention.theme }) {
            // In a theme cell the verbatim counts with the sentiment of the clause naming the theme.
            let key = CellKey(touchpoint: record.touchpoint, theme: mention.theme)
            cells[key, default: GroupStatistics()].add(record, aspect: mention)
        }
    }

    /// Adds signals found once every record is consumed (`repeat-contact`, `channel-switch`) to a
    /// verbatim with text already added under `touchpoint` with `themes`: overall, its touchpoint
    /// and each of its theme cells, as `add` counts the other signals.
    public mutating func addLateSignals(_ signals: [String], touchpoint: String, themes: [String]) {
        for signal in signals {
            overall.addLateSignal(signal)
            touchpoints[touchpoint, default: GroupStatistics()].addLateSignal(signal)
            for (index, theme) in themes.enumerated() where !themes[..<index].contains(theme) {
                cells[CellKey(touchpoint: touchpoint, theme: theme), default: GroupStatistics()].addLateSignal(signal)
            }
        }
    }

    /// Sets each touchpoint's people counts (`ChannelSwitchIndex.peopleByTouchpoint`).
    public mutating func setPeople(_ counts: [String: (people: Int, multiChannel: Int)]) {
        for (touchpoint, count) in counts {
            touchpoints[touchpoint]?.setPeople(count.people, multiChannel: count.multiChannel)
        }
    }

    /// Touchpoint rows ranked by impact; `journeyOrder` breaks ties and places unknown touchpoints last.
    public func hotspots(journeyOrder: [String]) -> [Hotspot] {
        let rows = touchpoints.map { touchpoint, statistics in
            row(touchpoint: touchpoint, theme: nil, statistics: statistics)
        }
        return Self.ranked(rows, journeyOrder: journeyOrder)
    }

    /// Touchpoint × theme rows ranked by impact.
    public func themeHotspots(journeyOrder: [String]) -> [Hotspot] {
        let rows = cells.map { key, statistics in
            row(touchpoint: key.touchpoint, theme: key.theme, statistics: statistics)
        }
        return Self.ranked(rows, journeyOrder: journeyOrder)
    }

    private func row(touchpoint: String, theme: String?, statistics: GroupStatistics) -> Hotspot {
        let total = overall.count
        let share = total > 0 ? Double(statistics.count) / Double(total) : 0
        let impact = 100 * share * (statistics.negativeShareLowerBound ?? 0)
        var npsImpact: Double?
        if statistics.nps.count > 0, let all = overall.nps.score {
            let rest = overall.nps.subtracting(statistics.nps)
            npsImpact = rest.score.map { all - $0 }
        }
        return Hotspot(
            rank: 0, touchpoint: touchpoint, theme: theme, statistics: statistics, share: share, impact: impact,
            npsImpact: npsImpact)
    }

    private static func ranked(_ rows: [Hotspot], journeyOrder: [String]) -> [Hotspot] {
        let position = Dictionary(journeyOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = rows.sorted { lhs, rhs in
            if lhs.impact != rhs.impact { return lhs.impact > rhs.impact }
            if lhs.statistics.negative != rhs.statistics.negative {
                return lhs.statistics.negative > rhs.statistics.negative
            }
            let left = position[lhs.touchpoint] ?? Int.max
            let right = position[rhs.touchpoint] ?? Int.max
            if left != right { return left < right }
            return (lhs.touchpoint, lhs.theme ?? "") < (rhs.touchpoint, rhs.theme ?? "")
        }
        return sorted.enumerated().map { index, row in
            var ranked = row
            ranked.rank = index + 1
            return ranked
        }
    }
}
