/// The survey reader's "does this look like me", asked by `FormatSniffer`: its decoder's UTF-16
/// byte-order marks, and a header row and records under `CSVParser`, its own grammar.
extension SurveyReader {
    /// UTF-16 text (Excel "Unicode text") is a survey by nature: nothing else is written so.
    @Sendable static func recogniseUnicodeText(_ sample: FormatSample) -> InputFormat? {
        let raw = sample.raw
        guard raw.count >= 2 else { return nil }
        let first = raw[raw.startIndex]
        let second = raw[raw.startIndex + 1]
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF) ? .survey : nil
    }

    /// Whether the sample reads as a survey export under `CSVParser`, the survey reader's own
    /// grammar: a header row of at least `minimumColumns` cells that are mostly labels (non-empty
    /// short text, not numbers), and a clear majority (two thirds) of the records after it with
    /// the header's cell count. A record cut by the end of a full sample is not counted.
    static func provesSurvey(_ bytes: ArraySlice<UInt8>, minimumColumns: Int) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let delimiter = CSVParser.sniffDelimiter(text)
        var records = CSVParser(delimiter: delimiter).parse(text).records
            .filter { !($0.fields.count == 1 && $0.fields[0].allSatisfy(\.isWhitespace)) }
        guard let header = records.first, header.fields.count >= minimumColumns, isLabelRow(header.fields) else {
            return false
        }
        records.removeFirst()
        if bytes.count + 3 >= FormatSniffer.sampleSize, !records.isEmpty { records.removeLast() }
        guard !records.isEmpty else { return true }
        let matching = records.count { $0.fields.count == header.fields.count }
        return matching * 3 >= records.count * 2
    }

    /// At least half the cells non-empty, and two thirds of those short text rather than numbers:
    /// what a header row is, and what a row of random bytes or figures is not.
    static func isLabelRow(_ cells: [String]) -> Bool {
        let filled = cells.map { String(trimmed($0)) }.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.count * 2 >= cells.count else { return false }
        let labels = filled.count { cell in
            cell.count <= 300 && Double(String(cell.map { $0 == "," ? "." : $0 })) == nil
                && cell.contains(where: \.isLetter)
        }
        return labels * 3 >= filled.count * 2
    }

    /// `cell` without leading and trailing white space (`Character.isWhitespace`).
    private static func trimmed(_ cell: String) -> Substring {
        var result = Substring(cell)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return result
    }
}
