import PropertyBased
import Testing
import VerbatimModel

@testable import Aggregation

/// One key per person: contacts joined by the evidence they share, shared evidence left out, and
/// the same people whatever the order the contacts came in (issue 18).
@Suite struct PersonDirectoryTests {
    /// A contact: its local key and evidence.
    typealias Contact = (local: String?, evidence: [String])

    /// The person key of each contact, added in the order of `order` (indices into `contacts`),
    /// given back in the contacts' own order.
    static func keys(_ contacts: [Contact], order: [Int]) -> [String?] {
        var directory = PersonDirectory()
        var anchors = [Int32?](repeating: nil, count: contacts.count)
        for index in order {
            anchors[index] = directory.add(local: contacts[index].local, evidence: contacts[index].evidence)
        }
        let people = directory.resolve()
        return anchors.map { anchor in anchor.flatMap(people.person(of:)).flatMap(people.key(of:)) }
    }

    static let contacts: [Contact] = [
        ("mail-a", ["email:5555555555555555"]),
        ("chat-1", ["email:5555555555555555", "phone:4444444444444444"]),
        ("resp-9", ["phone:4444444444444444", "order:7777777777777777"]),
        ("mail-b", ["email:6666666666666666"]),
        ("chat-2", []),
        (nil, ["order:1111111111111111"]),
    ]

    @Test func contactsSharingEvidenceAreOnePersonKeyedByItsSmallestEvidence() {
        let keys = Self.keys(Self.contacts, order: Array(Self.contacts.indices))
        #expect(
            keys == [
                "4444444444444444", "4444444444444444", "4444444444444444", "6666666666666666", "chat-2",
                "1111111111111111",
            ])
    }

    @Test func mergesCountLocalKeysJoinedToAnother() {
        var directory = PersonDirectory()
        for contact in Self.contacts { _ = directory.add(local: contact.local, evidence: contact.evidence) }
        // mail-a, chat-1 and resp-9 are one person: two local keys joined.
        #expect(directory.resolve().merges == 2)
    }

    @Test func evidenceSeenWithMoreThanAHandfulOfAddressesLinksNobody() {
        let relay = "email:0000000000000001"
        let contacts: [Contact] = (0...PersonDirectory.maximumDegree).map { index in
            ("mail-\(index)", [relay, "email:\(index)fffffffffffffff"])
        }
        let keys = Self.keys(contacts, order: Array(contacts.indices))
        #expect(Set(keys).count == contacts.count)
        #expect(keys.first == "0fffffffffffffff")
        var directory = PersonDirectory()
        for contact in contacts { _ = directory.add(local: contact.local, evidence: contact.evidence) }
        let shared = directory.resolve().shared
        #expect(shared.map(\.kind) == ["email"])
        #expect(shared.map(\.hex) == ["0000000000000001"])
        #expect(shared.map(\.linked) == [PersonDirectory.maximumDegree + 1])
    }

    @Test func aHandfulOfAddressesStillLinks() {
        let family = "email:0000000000000001"
        let contacts: [Contact] = (0..<PersonDirectory.maximumDegree).map { index in
            ("mail-\(index)", [family, "email:\(index)fffffffffffffff"])
        }
        #expect(Set(Self.keys(contacts, order: Array(contacts.indices))) == ["0000000000000001"])
    }

    @Test func aPersonQuotingManyOrdersKeepsTheirAddress() {
        // One person places many orders: orders never make an address shared.
        let contacts: [Contact] = (0..<10).map { index in
            ("mail-\(index)", ["email:aaaaaaaaaaaaaaaa", "order:\(index)bbbbbbbbbbbbbbb"])
        }
        #expect(Set(Self.keys(contacts, order: Array(contacts.indices))) == ["0bbbbbbbbbbbbbbb"])
    }

    @Test func peopleDoNotDependOnTheOrderContactsCameIn() async {
        let evidence = Gen.int(in: 0...11).map { value -> String in
            let kind = ["email", "phone", "order"][value % 3]
            return "\(kind):\(String(repeating: String(value, radix: 16), count: 16))"
        }
        let contact = Gen.int(in: 0...7).map { "local-\($0)" }
        let contacts = zip(contact, evidence.array(of: 0...3)).array(of: 1...25)
        await propertyCheck(count: 200, input: contacts, Gen.int(in: 0...Int.max)) { contacts, seed in
            let list: [Contact] = contacts.map { ($0.0, $0.1) }
            var generator = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
            let shuffled = Array(list.indices).shuffled(using: &generator)
            #expect(Self.keys(list, order: shuffled) == Self.keys(list, order: Array(list.indices)))
        }
    }
}

/// A seeded generator, so that a failing shuffle can be replayed from the property's input.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// `channel-switch`: a verbatim whose person wrote earlier through another channel on the same touchpoint.
@Suite struct ChannelSwitchIndexTests {
    @Test func anEarlierContactThroughAnotherChannelOnTheSameTouchpointIsASwitch() {
        var directory = PersonDirectory()
        let mail = directory.add(local: "mail-a", evidence: ["email:5555555555555555"]) ?? -1
        let chat = directory.add(local: "chat-1", evidence: ["email:5555555555555555"]) ?? -1
        let other = directory.add(local: "chat-2", evidence: []) ?? -1
        var index = ChannelSwitchIndex()
        index.note(node: mail, touchpoint: 0, channel: .email, day: 10)
        index.note(node: chat, touchpoint: 0, channel: .chat, day: 20)
        index.note(node: chat, touchpoint: 1, channel: .chat, day: 5)
        index.note(node: other, touchpoint: 0, channel: .survey, day: 30)
        let people = directory.resolve()
        let byPerson = index.byPerson(people)
        let person = people.person(of: chat) ?? -1
        #expect(byPerson.isSwitch(person: person, touchpoint: 0, channel: .chat, day: 20))
        // Not before the e-mail, not through the same channel, not on another touchpoint, not another person.
        #expect(!byPerson.isSwitch(person: person, touchpoint: 0, channel: .email, day: 10))
        #expect(!byPerson.isSwitch(person: person, touchpoint: 0, channel: .chat, day: 9))
        #expect(!byPerson.isSwitch(person: person, touchpoint: 1, channel: .chat, day: 20))
        #expect(!byPerson.isSwitch(person: people.person(of: other) ?? -1, touchpoint: 0, channel: .survey, day: 30))
        let counts = byPerson.peopleByTouchpoint()
        #expect(counts[0]?.people == 2)
        #expect(counts[0]?.multiChannel == 1)
        #expect(counts[1]?.multiChannel == 0)
    }
}
