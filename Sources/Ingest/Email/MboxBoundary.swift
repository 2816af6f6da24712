/// Recognises the `From ` separator lines of a Unix mailbox (RFC 4155).
///
/// A separator is a line that starts with `From ` and carries a postmark (a sender token then a date,
/// so it holds a digit); a body line such as `From what I saw…` that a writer failed to escape
/// is not taken for one unless it looks like a postmark.
enum MboxBoundary {
    /// True when the line starting at `index` (a line start) is a separator line.
    @inline(__always)
    static func isSeparator(_ bytes: Span<UInt8>, at index: Int) -> Bool {
        let end = bytes.count
        guard index + 5 <= end, bytes[index] == 0x46, bytes[index + 1] == 0x72, bytes[index + 2] == 0x6F,
            bytes[index + 3] == 0x6D, bytes[index + 4] == 0x20
        else { return false }
        var probe = index + 5
        var digits = 0
        while probe < end, bytes[probe] != 0x0A, probe < index + 200 {
            if bytes[probe] >= 0x30, bytes[probe] <= 0x39 { digits += 1 }
            probe += 1
        }
        return digits >= 2
    }

    /// Line starts of every separator in `bytes`, in order.
    static func separators(in bytes: Span<UInt8>) -> [Int] {
        var starts: [Int] = []
        var index = 0
        let end = bytes.count
        while index < end {
            if bytes[index] == 0x46, isSeparator(bytes, at: index) { starts.append(index) }
            // Jump to the next line start.
            while index < end, bytes[index] != 0x0A { index += 1 }
            index += 1
        }
        return starts
    }

    /// The mbox reader's "does this look like me", asked by `FormatSniffer`: a file that starts with
    /// a `From ` line is a mailbox (even without a postmark: the reader says what is wrong with it).
    @Sendable static func recogniseMailbox(_ sample: FormatSample) -> InputFormat? {
        sample.text.hasPrefix("From ") ? .mbox : nil
    }
}
