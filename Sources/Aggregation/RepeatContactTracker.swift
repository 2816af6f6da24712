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
/// Memory grows with the number of distinct (customer, theme) pairs, most of which see one contact
/// only: such a pair takes a 64-bit hash and its one contact (24 bytes, `single`); a pair with a
/// second contact moves to `recent`, which keeps its four latest contacts inline (under a hundred
/// bytes). No allocation per pair. (One table of four slots per pair was 252 MB of a 440 MB heap
/// peak on `make bench`'s 200 MB corpus, heaptrack.)
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

        /// Adds a contact (`insert`) and counts the known ones within `window` of `date`.
        mutating func insert(id: UInt64, date: Double, countingWithin window: Double) -> Int {
            insert(id: id, date: date)
            return count(within: window, of: date)
        }

        func count(within window: Double, of date: Double) -> Int {
            var nearby = 0
            for slot in 0..<count where abs(self.date(slot) - date) <= window { nearby += 1 }
            return nearby
        }
    }

    /// The one contact of a pair seen once: its id and date.
    private struct Single: Sendable {
        var id: UInt64
        var date: Double
    }

    /// Pairs seen with one contact.
    private var single: [UInt64: Single] = [:]
    /// Pairs seen with two distinct contacts or more.
    private var recent: [UInt64: Recent] = [:]

    public init(threshold: Int = 3, window: TimeInterval = 30 * 86_400) {
        self.threshold = threshold
        self.window = window
    }

    /// Records `record`'s contact and returns it with the signal added when it is a repeat.
    public mutating func mark(_ record: AnalysedVerbatim) -> AnalysedVerbatim {
        let verbatim = record.verbatim
        guard let customer = verbatim.customer, let date = verbatim.date else { return record }
        let repeated = isRepeat(
            customer: customer, contact: Self.contact(of: verbatim), day: date.timeIntervalSince1970,
            themes: record.themes.lazy.map(\.theme))
        guard repeated, !record.signals.contains(Self.signal) else { return record }
        var marked = record
        marked.signals = (record.signals + [Self.signal]).sorted()
        return marked
    }

    /// The contact `verbatim` belongs to: its conversation for a chat and a survey response (one
    /// verbatim per answered question), its own source for an e-mail or a review.
    public static func contact(of verbatim: Verbatim) -> UInt64 {
        let grouped = verbatim.channel == .chat || verbatim.channel == .survey
        return grouped ? StableHash.value(of: verbatim.conversation ?? verbatim.source.path) : hash(verbatim.source)
    }

    /// Records a contact of `customer` (a person's key) on `themes` (repeats ignored) and says
    /// whether it is a repeat: `threshold` contacts on one of them within `window` of `day`.
    public mutating func isRepeat(
        customer: String, contact: UInt64, day: Double, themes: some Sequence<String>
    ) -> Bool {
        // FNV-1a runs byte by byte, so hashing the theme on from the customer's hash gives the hash
        // of `customer + "\u{1F}" + theme` without building that string for every theme.
        let customerSeed = StableHash.value(of: "\u{1F}", seed: StableHash.value(of: customer))
        var repeated = false
        var seen: [String] = []
        for theme in themes where !seen.contains(theme) {
            seen.append(theme)
            let key = StableHash.value(of: theme, seed: customerSeed)
            if add(contact, on: day, under: key) >= threshold { repeated = true }
        }
        return repeated
    }

    /// Adds a contact to the pair `key` and counts the pair's known contacts within `window` of `day`,
    /// as one table of `Recent` would: a pair stays a `Single` until a second, distinct contact.
    private mutating func add(_ contact: UInt64, on day: Double, under key: UInt64) -> Int {
        if recent[key] != nil {
            return recent[key, default: Recent()].insert(id: contact, date: day, countingWithin: window)
        }
        guard let first = single[key] else {
            single[key] = Single(id: contact, date: day)
            return 1
        }
        if first.id == contact { return abs(first.date - day) <= window ? 1 : 0 }
        single[key] = nil
        var pair = Recent()
        pair.insert(id: first.id, date: first.date)
        let nearby = pair.insert(id: contact, date: day, countingWithin: window)
        recent[key] = pair
        return nearby
    }

    /// The hash of `source.description` (`path:position`), without building that string.
    private static func hash(_ source: SourceLocation) -> UInt64 {
        let path = StableHash.value(of: source.path)
        return source.position.isEmpty
            ? path : StableHash.value(of: source.position, seed: StableHash.value(of: ":", seed: path))
    }
}
