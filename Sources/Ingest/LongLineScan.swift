/// Finds a line longer than the limit before a line reader sees the file: parsing a 50 MB line as
/// one CSV record took minutes and gigabytes, and no real export writes one.
enum LongLineScan {
    /// The formats read line by line; HTML pages and JSON exports are often written on one line.
    static let lineFormats: Set<InputFormat> = [.survey, .chatCSV, .chatText, .eml, .mbox]

    /// The offset in `bytes` where the first line longer than `limit` bytes starts, `nil` when
    /// every line fits (a CR before the LF counts in the line).
    static func firstLongLine(in bytes: [UInt8], limit: Int) -> Int? {
        let buffer = bytes.span
        var lineStart = 0
        for index in buffer.indices where buffer[index] == 0x0A {
            if index - lineStart > limit { return lineStart }
            lineStart = index + 1
        }
        return buffer.count - lineStart > limit ? lineStart : nil
    }
}
