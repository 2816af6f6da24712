import Aggregation
import Reporting
import VerbatimModel

/// One key per person across channels (issue 18): once every unit is consumed, the directory joins
/// the run's keys into people, and the spilled rows are written in the run's order with their late
/// cells (the person's key, `repeat-contact` counted by person across channels, `channel-switch`).
extension RunTally {
    /// Resolves people and writes every spilled row; adds the late signals to the aggregates, the
    /// people counts to the touchpoints and the summary, and a warning per shared evidence key.
    mutating func resolvePeople() throws {
        guard let log = contacts else { return }
        defer {
            log.remove()
            contacts = nil
        }
        let people = directory.resolve()
        // The directory's key index and contacts, and the index by node, are not needed once
        // people are known: freed before the replay instead of held to the end of the run.
        directory = PersonDirectory()
        let byPerson = switches.byPerson(people)
        switches = ChannelSwitchIndex()
        var repeats = RepeatContactTracker()
        // Channels used by each person, by root node: an array, not a dictionary per person.
        var channels = [UInt8](repeating: 0, count: people.nodeCount)
        // Consecutive entries are mostly one person (the turns of a chat, the answers of a
        // survey): its key is built once for them, not once per entry.
        var last: (person: Int32, key: String?) = (-1, nil)
        try log.replay { entry in
            let person = entry.node >= 0 ? people.person(of: entry.node) : nil
            if let person, person != last.person { last = (person, people.key(of: person)) }
            let key = person == nil ? nil : last.key
            var late: [String] = []
            if let key, let day = entry.day, !entry.themes.isEmpty,
                repeats.isRepeat(
                    customer: key, contact: entry.contact, day: day, themes: entry.themes.lazy.map(log.name(of:))),
                !entry.signals.contains(RepeatContactTracker.signal)
            {
                late.append(RepeatContactTracker.signal)
            }
            if entry.hasText, let person, let day = entry.day, !entry.signals.contains(ChannelSwitchIndex.signal),
                byPerson.isSwitch(person: person, touchpoint: entry.touchpoint, channel: entry.channel, day: day)
            {
                late.append(ChannelSwitchIndex.signal)
            }
            if let row = entry.row, entry.hasText || !late.isEmpty {
                try reports.append(row, late: .init(customer: key, signals: (entry.signals + late).sorted()))
            }
            if entry.hasText, !late.isEmpty {
                aggregation.addLateSignals(
                    late, touchpoint: log.name(of: entry.touchpoint), themes: entry.themes.map(log.name(of:)))
            }
            if let person, channels.indices.contains(Int(person)) {
                channels[Int(person)] |= 1 << UInt8(ChannelSwitchIndex.slot(entry.channel))
            }
        }
        var byTouchpoint: [String: (people: Int, multiChannel: Int)] = [:]
        for (touchpoint, count) in byPerson.peopleByTouchpoint() { byTouchpoint[log.name(of: touchpoint)] = count }
        aggregation.setPeople(byTouchpoint)
        summary.people = channels.count { $0 != 0 }
        summary.multiChannelPeople = channels.count { $0.nonzeroBitCount > 1 }
        summary.personMerges = people.merges
        summary.sharedEvidence = people.shared.count
        findings += people.shared.map(Self.finding)
    }

    /// The warning of an evidence key left out as shared: its kind and keyed hex, never clear text.
    static func finding(_ shared: People.Shared) -> Finding {
        Finding(
            source: "identity evidence", position: "\(shared.kind) \(shared.hex)",
            reason: "seen with \(shared.linked) distinct addresses or phones (more than "
                + "\(PersonDirectory.maximumDegree)): taken as shared, it links nobody", severity: .warning)
    }
}
