public import Foundation

/// Splits a large mailbox into pieces of about `targetBytes` cut at `From ` lines, so that the
/// pipeline can read one in parallel with bounded memory.
public enum MboxSharding {
    /// Byte ranges of the shards of the mailbox at `url`, in order, each with the number of messages in
    /// earlier shards (`ordinalBase`) so that message numbers stay file-wide.
    ///
    /// The file is memory-mapped and scanned once for separator lines; only the ranges are kept.
    public static func shards(of url: URL, targetBytes: Int) throws -> [(range: Range<Int>, ordinalBase: Int)] {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        return shards(of: data.span, targetBytes: targetBytes)
    }

    /// The same for the file at raw `path` (`IngestUnit.path`), which opens names that are not UTF-8.
    public static func shards(ofFileAt path: [UInt8], targetBytes: Int) throws -> [(
        range: Range<Int>, ordinalBase: Int
    )] {
        try RawFile.withMappedBytes(of: path) { shards(of: $0, targetBytes: targetBytes) }
    }

    /// Shards of a mailbox already in memory (see `shards(of:targetBytes:)`).
    static func shards(of bytes: Span<UInt8>, targetBytes: Int) -> [(range: Range<Int>, ordinalBase: Int)] {
        let total = bytes.count
        guard total > 0 else { return [] }
        let starts = MboxBoundary.separators(in: bytes)
        let target = max(1, targetBytes)
        var result: [(range: Range<Int>, ordinalBase: Int)] = []
        var shardStart = 0
        var messagesBefore = 0
        var messagesInShard = 0
        for start in starts {
            // The first separator belongs to the first shard, with any preamble before it.
            if start > shardStart, start - shardStart >= target, messagesInShard > 0 {
                result.append((shardStart..<start, messagesBefore))
                messagesBefore += messagesInShard
                messagesInShard = 0
                shardStart = start
            }
            messagesInShard += 1
        }
        result.append((shardStart..<total, messagesBefore))
        return result
    }
}
