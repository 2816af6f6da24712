/// Who is who across channels: the contacts of a run, each with its author's local key (the
/// reader's: an e-mail sender, a chat's conversation and speaker, a survey respondent) and identity
/// evidence (`Verbatim.evidence`: `kind:hex` keyed e-mail addresses, phones, order numbers), joined
/// into people once the whole corpus is known (issue 18).
///
/// Every key met becomes a node; each contact unites its nodes (union-find, `resolve`). A file read
/// last may link two people seen first, so nothing is decided before `resolve`. Memory: one node per
/// distinct key (its bytes in a `KeyTable`, its kind) and a few node indices per contact, never a
/// record.
///
/// Hand-written: no listed package offers union-find, and it is twenty lines.
public struct PersonDirectory: Sendable {
    /// An evidence key co-occurring with more than this many distinct e-mail or phone keys is shared
    /// (a family or company mailbox, a marketplace relay, an order number quoted by many people) and
    /// links nobody. Four: one person rarely gives more than two addresses and two phones (personal
    /// and work), while the relay and generic addresses of issue 18 are seen with dozens.
    public static let maximumDegree = 4

    /// What a node stands for: a local key, or evidence of one kind.
    enum Kind: UInt8, Sendable {
        case local, email, phone, order, other

        /// E-mail addresses and phones identify a person; one person places many orders, so an
        /// order co-occurring with an address does not make the address shared.
        var identifies: Bool { self == .email || self == .phone }

        init(evidence key: String) {
            switch key.prefix(while: { $0 != ":" }) {
            case "email": self = .email
            case "phone": self = .phone
            case "order": self = .order
            default: self = .other
            }
        }
    }

    private var keys = KeyTable()
    private var kinds: [Kind] = []
    /// The nodes of every contact, one after the other; `groupEnds` closes each contact.
    private var groups: [Int32] = []
    private var groupEnds: [Int] = []
    private var lastGroup: [Int32] = []

    public init() {}

    /// Adds one contact's keys and returns the node its record belongs to (its local key, else its
    /// first evidence), `nil` when it has none. Consecutive records of one contact (the turns of a
    /// chat, the answers of a survey response) carry the same keys and are kept once.
    public mutating func add(local: String?, evidence: [String]) -> Int32? {
        var nodes: [Int32] = []
        nodes.reserveCapacity(evidence.count + 1)
        if let local { nodes.append(node(local, kind: .local)) }
        for key in evidence { nodes.append(node(key, kind: Kind(evidence: key))) }
        guard let anchor = nodes.first else { return nil }
        if nodes.count > 1, nodes != lastGroup {
            groups += nodes
            groupEnds.append(groups.count)
            lastGroup = nodes
        }
        return anchor
    }

    private mutating func node(_ key: String, kind: Kind) -> Int32 {
        let (node, isNew) = keys.insert(key)
        if isNew { kinds.append(kind) }
        return node
    }

    /// Joins the contacts into people, leaving out over-linked evidence first (`maximumDegree`).
    /// The result does not depend on the order contacts were added in.
    public func resolve() -> People {
        let ignored = overLinked()
        var parent = (0..<Int32(truncatingIfNeeded: keys.count)).map { $0 }
        var start = 0
        for end in groupEnds {
            var first: Int32?
            for node in groups[start..<end] where ignored[node] == nil {
                if let first { Self.union(first, node, &parent) } else { first = node }
            }
            start = end
        }
        let roots = kinds.indices.map { Self.find(Int32($0), &parent) }
        // Each person's key node: its smallest evidence by hex, else its smallest local key. Kept
        // as a node, not a string: one string per person would be a tenth of the directory.
        var keyNodes: [Int32: Int32] = [:]
        for (index, root) in roots.enumerated() where ignored[Int32(index)] == nil {
            let node = Int32(index)
            if let known = keyNodes[root], !ranks(node, before: known) { continue }
            keyNodes[root] = node
        }
        let localRoots = Set(roots.indices.filter { kinds[$0] == .local }.map { roots[$0] })
        let locals = kinds.filter { $0 == .local }.count
        let shared = ignored.map { node, linked in
            let name = keys.key(node)
            return People.Shared(
                kind: String(name.prefix(while: { $0 != ":" })), hex: String(Self.hex(name)), linked: linked)
        }
        return People(
            roots: roots, keyNodes: keyNodes, keys: keys, isLocal: kinds.map { $0 == .local },
            merges: locals - localRoots.count, shared: shared.sorted())
    }

    /// The hex of an evidence key (`kind:hex`).
    static func hex(_ name: String) -> Substring {
        guard let colon = name.firstIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// Whether `node` names its person before `other`: evidence before local keys, then the
    /// smaller hex (or local key).
    private func ranks(_ node: Int32, before other: Int32) -> Bool {
        let (left, right) = (kinds[Int(node)] == .local, kinds[Int(other)] == .local)
        if left != right { return right }
        let (name, otherName) = (keys.key(node), keys.key(other))
        return left ? name < otherName : Self.hex(name) < Self.hex(otherName)
    }

    /// Evidence keys seen with more than `maximumDegree` distinct identifying keys, with that number:
    /// the (key, other) pairs of every contact, sorted and counted once each (a set per key was a
    /// third of the directory's memory).
    private func overLinked() -> [Int32: Int] {
        var pairs: [UInt64] = []
        var start = 0
        for end in groupEnds {
            let group = groups[start..<end]
            start = end
            for node in group where kinds[Int(node)] != .local {
                for other in group where other != node && kinds[Int(other)].identifies {
                    pairs.append(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: other)))
                }
            }
        }
        pairs.sort()
        pairs.append(.max)  // closes the last key's run
        var counts: [Int32: Int] = [:]
        var previous: UInt64?
        var run = (node: Int32(-1), count: 0)
        for pair in pairs where pair != previous {
            previous = pair
            let node = Int32(bitPattern: UInt32(truncatingIfNeeded: pair >> 32))
            if node != run.node {
                if run.count > Self.maximumDegree { counts[run.node] = run.count }
                run = (node, 0)
            }
            run.count += 1
        }
        return counts
    }

    private static func find(_ node: Int32, _ parent: inout [Int32]) -> Int32 {
        var root = node
        while parent[Int(root)] != root { root = parent[Int(root)] }
        var walk = node
        while parent[Int(walk)] != root {
            let next = parent[Int(walk)]
            parent[Int(walk)] = root
            walk = next
        }
        return root
    }

    /// Unites two components under the smaller root, so that the same contacts give the same tree.
    private static func union(_ lhs: Int32, _ rhs: Int32, _ parent: inout [Int32]) {
        let (left, right) = (find(lhs, &parent), find(rhs, &parent))
        guard left != right else { return }
        parent[Int(max(left, right))] = min(left, right)
    }
}
