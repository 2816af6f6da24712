import Ingest

/// Where one unit sits in the whole run, as the ordered consumer (`RunTally`) counts it: its file,
/// whether it is the file's first piece, and its size. A run over the corpus takes it from the
/// `IngestUnit`; `verbatim merge` from a partial's unit list, without the corpus at hand.
struct UnitPlace: Sendable, Hashable {
    /// The file's path relative to the corpus root.
    var relativePath: String
    /// The byte range of a shard, `nil` for a whole file.
    var byteRange: Range<Int>?
    /// Bytes of input the unit stands for (the shard's, or the whole file's).
    var size: Int

    /// A whole file, or the first shard of one, counts as a file read.
    var startsFile: Bool { (byteRange?.lowerBound ?? 0) == 0 }

    init(relativePath: String, byteRange: Range<Int>?, size: Int) {
        self.relativePath = relativePath
        self.byteRange = byteRange
        self.size = size
    }

    /// The place of a unit of this run's listing (a `stat(2)` for a whole file).
    init(_ unit: IngestUnit) {
        self.init(
            relativePath: unit.relativePath, byteRange: unit.byteRange, size: unit.byteRange?.count ?? unit.fileSize)
    }
}
