/// One piece of a large survey export (see `SurveySharding`): what its reader needs to know of the
/// whole file to read its records exactly as a reading of the whole file would.
public struct SurveyShard: Sendable, Hashable {
    /// Records (header rows included) and physical lines of the file before this shard, so that
    /// ordinals and `row N` positions stay file-wide.
    public var recordBase: Int
    public var lineBase: Int
    /// The file's first bytes, up to a record boundary after the header rows and the 200 responses
    /// that column detection samples: every shard learns the layout from them.
    public var head: Range<Int>
    /// The file's encoding (`SurveyTextDecoder.Encoding` raw value), decided over the whole file.
    public var encoding: String
    /// The file's field delimiter, sniffed once from its start as a whole reading sniffs it (the
    /// cuts between records were found with it).
    public var delimiter: UInt8
    /// True for the file's last shard: only there do trailing blank lines end the file.
    public var isLast: Bool

    public init(recordBase: Int, lineBase: Int, head: Range<Int>, encoding: String, delimiter: UInt8, isLast: Bool) {
        self.recordBase = recordBase
        self.lineBase = lineBase
        self.head = head
        self.encoding = encoding
        self.delimiter = delimiter
        self.isLast = isLast
    }
}
