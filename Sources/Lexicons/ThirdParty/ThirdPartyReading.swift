public import VerbatimModel

/// What a reader got out of a third-party file: its entries, and a finding per line it skipped.
public struct ThirdPartyReading: Sendable {
    /// Terms read, in file order.
    public var entries: [ThirdPartyEntry] = []
    /// One warning per bad line (file, `line N`, reason): reported and skipped.
    public var findings: [Finding] = []
    /// Non-blank lines read, header included.
    public var lines = 0

    /// Nothing read yet.
    public init() {}

    /// Records a bad line.
    mutating func skip(_ source: String, line: Int, _ reason: String) {
        findings.append(
            Finding(source: source, position: "line \(line)", reason: reason, severity: .warning, ordinal: line))
    }
}
