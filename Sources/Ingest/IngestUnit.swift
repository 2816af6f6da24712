public import Foundation

/// One piece of ingestion work: a whole file, or a shard of a large mailbox split at message
/// boundaries so that memory stays bounded whatever the file size.
public struct IngestUnit: Sendable, Hashable {
    /// Absolute location of the file.
    public var url: URL
    /// Path relative to the corpus root, `/`-separated; the `source` in every report.
    public var relativePath: String
    /// The absolute path as the kernel knows it (see `CorpusFile.path`): the bytes that open the file.
    public var path: [UInt8]
    public var format: InputFormat
    /// The byte range of this shard, `nil` for the whole file.
    public var byteRange: Range<Int>?
    /// Number of messages in earlier shards of the same file, so that ordinals stay file-wide.
    public var ordinalBase: Int
    /// For a shard of a survey export: what it needs to know of the whole file.
    public var surveyShard: SurveyShard?

    public init(url: URL, relativePath: String, format: InputFormat, byteRange: Range<Int>? = nil, ordinalBase: Int = 0)
    {
        self.url = url
        self.relativePath = relativePath
        path = Array(url.path.utf8)
        self.format = format
        self.byteRange = byteRange
        self.ordinalBase = ordinalBase
    }

    /// The whole of `file`, read as `format`.
    public init(file: CorpusFile, format: InputFormat) {
        self.init(url: file.url, relativePath: file.relativePath, format: format)
        path = file.path
    }

    /// The size in bytes of the unit's whole file, 0 when it cannot be read (a plain `stat(2)` on the
    /// raw path, which also opens names that are not UTF-8).
    public var fileSize: Int { RawFile.size(of: path) }
}

extension IngestUnit {
    /// The bytes this unit's result depends on: its byte range (or the whole file), and for a survey
    /// shard also the file's head, from which every shard learns the layout; `nil` when the file
    /// cannot be read (the run's reader then says why). The incremental cache hashes them.
    public func contentBytes() -> (body: [UInt8], head: [UInt8])? {
        do {
            let body = try RawFile.bytes(of: path, range: byteRange)
            let head = try surveyShard.map { shard throws(RawFile.Failure) in
                try RawFile.bytes(of: path, range: shard.head)
            }
            return (body, head ?? [])
        } catch {
            return nil
        }
    }
}
