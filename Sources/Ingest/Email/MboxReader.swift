import VerbatimModel

/// Reads a Unix mailbox (RFC 4155), or a shard of one cut at `From ` lines by `MboxSharding`.
///
/// Body lines escaped as `>From ` (and `>>From ` … in the mboxrd variant) lose one `>`.
enum MboxReader {
    static func read(_ bytes: [UInt8], path: String, ordinalBase: Int, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "mbox")
        let starts = MboxBoundary.separators(in: bytes.span)
        var ranges: [Range<Int>] = []
        if starts.isEmpty {
            if !isBlank(bytes[...]) { ranges.append(0..<bytes.count) }
        } else {
            if let first = starts.first, first > 0, !isBlank(bytes[0..<first]) {
                output.findings.append(
                    Finding(
                        source: path, position: "line 1", reason: "text before the first From line ignored",
                        severity: .warning, ordinal: ordinalBase))
            }
            for (offset, start) in starts.enumerated() {
                let end = offset + 1 < starts.count ? starts[offset + 1] : bytes.count
                ranges.append(start..<end)
            }
        }
        for (offset, range) in ranges.enumerated() {
            let ordinal = ordinalBase + offset
            let position = "message \(ordinal + 1)"
            let location = SourceLocation(path: path, ordinal: ordinal, position: position)
            let message = unescaped(bytes, range)
            MessageTreeReader.read(
                message.bytes, range: message.range, location: location, options: options, into: &output)
        }
        return output
    }

    /// The message in `range` with `>From ` lines unescaped; copies only when a line needs it.
    static func unescaped(_ bytes: [UInt8], _ range: Range<Int>) -> (bytes: [UInt8], range: Range<Int>) {
        var needsCopy = false
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: ">"), isEscapedFrom(bytes, at: index, end: range.upperBound) {
                needsCopy = true
                break
            }
            while index < range.upperBound, bytes[index] != 0x0A { index += 1 }
            index += 1
        }
        guard needsCopy else { return (bytes, range) }
        var copy: [UInt8] = []
        copy.reserveCapacity(range.count)
        index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: ">"), isEscapedFrom(bytes, at: index, end: range.upperBound) {
                index += 1
            }
            while index < range.upperBound, bytes[index] != 0x0A {
                copy.append(bytes[index])
                index += 1
            }
            if index < range.upperBound {
                copy.append(0x0A)
                index += 1
            }
        }
        return (copy, 0..<copy.count)
    }

    /// True for `>From `, `>>From ` … at a line start.
    private static func isEscapedFrom(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: ">") { index += 1 }
        return index + 5 <= end && bytes[index..<index + 5].elementsEqual("From ".utf8)
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }
}
