public import VerbatimModel

/// The channels each person used on each touchpoint, and when first: the `channel-switch` signal (a
/// verbatim whose person contacted us earlier through another channel on the same touchpoint) and
/// the share of a hot spot's customers who needed more than one channel (issue 18).
///
/// Filled as the run consumes its records, under each record's directory node (`PersonDirectory`),
/// then folded by person once people are known (`byPerson`), so no pass over the records is needed
/// for it. Memory: one entry (40 bytes) per distinct (node, touchpoint).
public struct ChannelSwitchIndex: Sendable {
    /// The signal's name in `signals`.
    public static let signal = "channel-switch"

    /// The earliest date of each channel (`Channel.allCases` order; infinity when none or undated)
    /// and the channels used, dated or not.
    struct Channels: Sendable {
        var earliest: (Double, Double, Double, Double) = (.infinity, .infinity, .infinity, .infinity)
        var used: UInt8 = 0

        func earliest(_ slot: Int) -> Double {
            switch slot {
            case 0: return earliest.0
            case 1: return earliest.1
            case 2: return earliest.2
            default: return earliest.3
            }
        }

        mutating func note(_ slot: Int, date: Double) {
            used |= 1 << UInt8(slot)
            switch slot {
            case 0: earliest.0 = min(earliest.0, date)
            case 1: earliest.1 = min(earliest.1, date)
            case 2: earliest.2 = min(earliest.2, date)
            default: earliest.3 = min(earliest.3, date)
            }
        }

        mutating func merge(_ other: Channels) {
            for slot in 0..<4 where other.used & (1 << UInt8(slot)) != 0 { note(slot, date: other.earliest(slot)) }
        }
    }

    private var entries: [UInt64: Channels] = [:]

    public init() {}

    /// The bit of `channel` in a set of channels (email 0, chat 1, review 2, survey 3).
    public static func slot(_ channel: Channel) -> Int {
        switch channel {
        case .email: 0
        case .chat: 1
        case .review: 2
        case .survey: 3
        }
    }

    static func key(_ node: Int32, _ touchpoint: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(touchpoint)
    }

    /// Notes a verbatim of `node` on `touchpoint` (an interned id) through `channel` on `day`
    /// (seconds since 1970; `nil` when undated: it counts as a channel used, never as earlier).
    public mutating func note(node: Int32, touchpoint: UInt32, channel: Channel, day: Double?) {
        entries[Self.key(node, touchpoint), default: Channels()].note(Self.slot(channel), date: day ?? .infinity)
    }

    /// The same index with every node's entries folded into its person's (`People.person(of:)`).
    public func byPerson(_ people: People) -> ChannelSwitchIndex {
        var folded = ChannelSwitchIndex()
        for (key, channels) in entries {
            let node = Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
            let person = people.person(of: node) ?? node
            folded.entries[Self.key(person, UInt32(truncatingIfNeeded: key)), default: Channels()].merge(channels)
        }
        return folded
    }

    /// Whether `person` wrote on `touchpoint` through another channel than `channel` before `day`.
    public func isSwitch(person: Int32, touchpoint: UInt32, channel: Channel, day: Double) -> Bool {
        guard let channels = entries[Self.key(person, touchpoint)] else { return false }
        let own = Self.slot(channel)
        return (0..<4).contains { $0 != own && channels.earliest($0) < day }
    }

    /// Per touchpoint id: the people who wrote on it, and those of them who used two channels or more.
    public func peopleByTouchpoint() -> [UInt32: (people: Int, multiChannel: Int)] {
        var counts: [UInt32: (people: Int, multiChannel: Int)] = [:]
        for (key, channels) in entries {
            let touchpoint = UInt32(truncatingIfNeeded: key)
            let several = channels.used.nonzeroBitCount > 1 ? 1 : 0
            let known = counts[touchpoint] ?? (0, 0)
            counts[touchpoint] = (known.people + 1, known.multiChannel + several)
        }
        return counts
    }
}
