public import Foundation
public import VerbatimModel

/// Finds customers who come back about the same theme: the `repeat-contact` signal.
///
/// A contact is one e-mail, one review, one survey response (all its answers), or one whole chat
/// conversation (the turns of a chat are one contact). A verbatim gets the signal when its customer has made at least
/// `threshold` distinct contacts on one of its themes within `window` around its date. Records are
/// offered in the pipeline's stable order, so the first contacts of a series are not flagged and the
/// third one is: "this is the third time they write about their refund".
///
/// Memory grows with the number of distinct (customer, theme) pairs: a 64-bit hash and the four
/// latest contacts stored inline, under a hundred bytes a pair, with no allocation per pair.
public struct RepeatContactTracker: Sendable {
    /// The signal's name in `signals`.
    public static let signal = "repeat-contact"
    /// Three contacts on one theme (issue 6; the usual "contacted us 3+ times" repeat-contact KPI).
    public let threshold: Int
    /// Thirty days: the window most contact-centre repeat-contact measures use.
    public let window: TimeInterval

    /// The latest contacts of one customer on one theme, kept inline (four slots: one more than the
    /// threshold, so a late-arriving older contact still finds its neighbours).
    private struct Recent: Sendable {
        var ids: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var dates: (Double, Double, Double, Double) = (0, 0, 0, 0)
        var count = 0

        static let slots = 4

        func id(_ slot: Int) -> UInt64 {
            switch slot {
            case 0: return ids.0
            case 1: return ids.1
            case 2: return ids.2
            default: return ids.3
            }
        }

        func date(_ slot: Int) -> Double {
            switch slot {
            case 0: return dates.0
            case 1: return dates.1
            case 2: return dates.2
            default: return dates.3
            }
        }

        mutating func set(_ slot: Int, id: UInt64, date: Double) {
            switch slot {
            case 0: (ids.0, dates.0) = (id, date)
            case 1: (ids.1, dates.1) = (id, date)
            case 2: (ids.2, dates.2) = (id, date)
            default: (ids.3, dates.3) = (id, date)
            }
        }

        /// Adds a contact unless known; when full, replaces the oldest.
        mutating func insert(id: UInt64, date: Double) {
            for slot in 0..<count where self.id(slot) == id { return }
            if count < Self.slots {
                set(count, id: id, date: date)
                count += 1
                return
            }
            var oldest = 0
            for slot in 1..<count where self.date(slot) < self.date(oldest) { oldest = slot }
            if date > self.date(oldest) { set(oldest, id: id, date: date) }
        }

        func count(within window: Double, of date: Double) -> Int {
            var nearby = 0
            for slot in 0..<count where abs(self.date(slot) - date) <= window { nearby += 1 }
            return nearby
        }
    }

    private var contacts: [UInt64: Recent] = [:]

    public init(threshold: Int = 3, window: TimeInterval = 30 * 86_400) {
        self.threshold = threshold
        self.window = window
    }

    /// Records `record`'s contact and returns it with the signal added when it is a repeat.
    public mutating func mark(_ record: AnalysedVerbatim) -> AnalysedVerbatim {
        let verbatim = record.verbatim
        guard let customer = verbatim.customer, let date = verbatim.date, !record.themes.isEmpty else { return record }
        // A chat and a survey response (one verbatim per answered question) are one contact each.
        let grouped = verbatim.channel == .chat || verbatim.channel == .survey
        let contactName = grouped ? (verbatim.conversation ?? verbatim.source.path) : verbatim.source.description
        let contact = StableHash.value(of: contactName)
        let day = date.timeIntervalSince1970
        var repeated = false
        for (index, mention) in record.themes.enumerated()
        where !record.themes[..<index].contains(where: { $0.theme == mention.theme }) {
            let key = StableHash.value(of: customer + "\u{1F}" + mention.theme)
            contacts[key, default: Recent()].insert(id: contact, date: day)
            if let recent = contacts[key], recent.count(within: window, of: day) >= threshold { repeated = true }
        }
        guard repeated, !record.signals.contains(Self.signal) else { return record }
        var marked = record
        marked.signals = (record.signals + [Self.signal]).sorted()
        return marked
    }
}
