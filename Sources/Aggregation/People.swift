/// The people of a run, as `PersonDirectory.resolve` joined them: each node's person and key.
public struct People: Sendable {
    /// Evidence left out because it linked too many others (`PersonDirectory.maximumDegree`): its
    /// kind and keyed hex (never clear text) and how many identifying keys it was seen with.
    public struct Shared: Sendable, Comparable {
        public var kind: String
        public var hex: String
        public var linked: Int

        public static func < (lhs: Shared, rhs: Shared) -> Bool { (lhs.kind, lhs.hex) < (rhs.kind, rhs.hex) }
    }

    /// The root of each node's component.
    private let roots: [Int32]
    /// Each root's key node: the smallest evidence hex of its component, else its smallest local
    /// key (a person without evidence keeps the reader's key).
    private let keyNodes: [Int32: Int32]
    /// Each node's key, and whether it is a local key (else `kind:hex` evidence).
    private let keys: KeyTable
    private let isLocal: [Bool]
    /// Local keys joined to another one: local keys minus the people holding them.
    public let merges: Int
    public let shared: [Shared]

    init(roots: [Int32], keyNodes: [Int32: Int32], keys: KeyTable, isLocal: [Bool], merges: Int, shared: [Shared]) {
        self.roots = roots
        self.keyNodes = keyNodes
        self.keys = keys
        self.isLocal = isLocal
        self.merges = merges
        self.shared = shared
    }

    /// Nodes of the directory: every person's root is below it.
    public var nodeCount: Int { roots.count }

    /// The person (its component's root) of `node`; `nil` for a node the directory never gave.
    public func person(of node: Int32) -> Int32? {
        roots.indices.contains(Int(node)) ? roots[Int(node)] : nil
    }

    /// The key of the person `root` (`person(of:)`), the `customer` of `verbatims.csv`.
    public func key(of root: Int32) -> String? {
        guard let node = keyNodes[root], isLocal.indices.contains(Int(node)) else { return nil }
        let name = keys.key(node)
        return isLocal[Int(node)] ? name : String(PersonDirectory.hex(name))
    }
}
