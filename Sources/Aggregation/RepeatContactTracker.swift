public import Foundation
public import VerbatimModel

/// Finds customers who come back about the same theme: the `repeat-contact` signal.
///
/// A contact is one e-mail, one review, one survey response, or one whole chat conversation (the
/// turns of a chat are one contact). A verbatim gets the signal when its customer has made at least
/// `threshold` distinct contacts on one of its themes within `window` around its date. Records are
/// offered in the pipeline's stable order, so the first contacts of a series are not flagged and the
/// third one is: "this is the third time they write about their refund".
///
/// Memory grows with the number of (customer, theme) contacts, a few bytes each.
public struct RepeatContactTracker: Sendable {
    /// The signal's name in `signals`.
    public static let signal = "repeat-contact"
    /// Three contacts on one theme (issue 6; the usual "contacted us 3+ times" repeat-contact KPI).
    public let threshold: Int
    /// Thirty days: the window most contact-centre repeat-contact measures use.
    public let window: TimeInterval

    private var contacts: [String: [String: Date]] = [:]

    public init(threshold: Int = 3, window: TimeInterval = 30 * 86_400) {
        self.threshold = threshold
        self.window = window
    }

    /// Records `record`'s contact and returns it with the signal added when it is a repeat.
    public mutating func mark(_ record: AnalysedVerbatim) -> AnalysedVerbatim {
        let verbatim = record.verbatim
        guard let customer = verbatim.customer, let date = verbatim.date, !record.themes.isEmpty else { return record }
        let contact = verbatim.channel == .chat ? (verbatim.conversation ?? verbatim.source.path) : verbatim.source.description
        var repeated = false
        var seenThemes: Set<String> = []
        for mention in record.themes where seenThemes.insert(mention.theme).inserted {
            let key = customer + "\u{1F}" + mention.theme
            var dates = contacts[key, default: [:]]
            if dates[contact] == nil { dates[contact] = date }
            contacts[key] = dates
            let nearby = dates.values.filter { abs($0.timeIntervalSince(date)) <= window }.count
            if nearby >= threshold { repeated = true }
        }
        guard repeated, !record.signals.contains(Self.signal) else { return record }
        var marked = record
        marked.signals = (record.signals + [Self.signal]).sorted()
        return marked
    }
}
