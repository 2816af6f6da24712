/// Bounds on what one input file may cost: beyond them the file (or line) is a finding, not a
/// run that takes minutes and gigabytes.
public struct IngestLimits: Sendable, Hashable {
    /// Files larger than this are not read (`--max-file-size`).
    public var maxFileSize: Int
    /// Line formats (survey exports, chat transcripts, mail) with a line longer than this are not
    /// read (`--max-line-length`): a 50 MB single-line CSV took 119 s and 3 GB to parse.
    public var maxLineLength: Int

    /// 2 GiB: larger than any export a CX tool writes, small enough to be read on a laptop.
    public static let defaultMaxFileSize = 2 << 30
    /// 1 MiB: a survey comment or mail line is a few kilobytes at most.
    public static let defaultMaxLineLength = 1 << 20

    /// Limits with the given sizes in bytes, the defaults unless said otherwise.
    public init(
        maxFileSize: Int = IngestLimits.defaultMaxFileSize, maxLineLength: Int = IngestLimits.defaultMaxLineLength
    ) {
        self.maxFileSize = maxFileSize
        self.maxLineLength = maxLineLength
    }

    /// A byte count written `2147483648`, `500K`, `500M` or `2G` (binary multiples, optional `B`,
    /// `iB`); `nil` when it is not one or does not fit.
    public static func byteCount(_ text: String) -> Int? {
        var digits = Substring(text.trimmingSpaces().uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        var shift = 0
        switch digits.last {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        case "T": shift = 40
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), value > 0
        else {
            return nil
        }
        let scaled = value.multipliedReportingOverflow(by: 1 << shift)
        return scaled.overflow ? nil : scaled.partialValue
    }

    /// `2 GiB`, `1 MiB`, `1500 bytes`: the limit as a reason shows it.
    static func describe(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")]
        where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return "\(bytes) bytes"
    }
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return result
    }
}
