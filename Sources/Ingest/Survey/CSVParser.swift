/// An RFC 4180 reader written as a state machine over Unicode scalars: quoted fields, doubled
/// quotes, delimiters and line breaks inside quotes, CRLF, LF or lone CR line ends.
///
/// Tolerant the way spreadsheet tools are: a quote inside an unquoted field is kept as text, text
/// after a closing quote is appended to the field. A quote still open at the end of the file is
/// reported (the record is kept) because it usually means a truncated export.
struct CSVParser {
    /// One record with the physical line (1-based) it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        /// A quote seen inside a quoted field: the end of the field, or the first of a doubled quote.
        case quoteInQuoted
    }

    /// The field separator; one of the ASCII survey delimiters.
    let delimiter: Unicode.Scalar

    /// All records of `text`, and the line of an unterminated quote if any.
    func parse(_ text: String) -> (records: [Record], unterminatedQuoteLine: Int?) {
        var text = text
        text.makeContiguousUTF8()
        return parse(utf8: text.utf8.span)
    }

    /// The same over UTF-8 bytes. Every byte the machine reacts to (quote, delimiter, CR, LF) is
    /// ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character, so scanning bytes
    /// is exact and avoids building strings one character at a time.
    func parse(utf8 bytes: Span<UInt8>) -> (records: [Record], unterminatedQuoteLine: Int?) {
        var machine = Machine(separator: UInt8(truncatingIfNeeded: delimiter.value))
        for index in bytes.indices { machine.feed(bytes[index]) }
        return machine.finish()
    }

    /// The state machine of `parse(utf8:)`, fed one byte at a time.
    private struct Machine {
        let separator: UInt8
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var previousWasCR = false

        init(separator: UInt8) {
            self.separator = separator
            field.reserveCapacity(256)
        }

        mutating func feed(_ byte: UInt8) {
            let quote = UInt8(ascii: "\"")
            let cr = UInt8(ascii: "\r")
            let lf = UInt8(ascii: "\n")
            let isCR = byte == cr
            let isLF = byte == lf
            defer { previousWasCR = isCR }
            if isLF && previousWasCR && state != .quoted {
                // Second half of a CRLF already handled at the CR.
                return
            }
            switch state {
            case .quoteInQuoted where byte == quote:
                // `""` inside quotes is one quote.
                field.append(quote)
                state = .quoted
            case .fieldStart, .unquoted, .quoteInQuoted:
                // After a closing quote, the field goes on as an unquoted one.
                if byte == quote && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                } else if byte == separator {
                    endField()
                    state = .fieldStart
                } else if isCR || isLF {
                    line += 1
                    endRecord()
                    recordLine = line
                    state = .fieldStart
                } else {
                    field.append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    // A CRLF inside a quoted field is kept as is and counts as one line.
                    if isCR || (isLF && !previousWasCR) { line += 1 }
                    field.append(byte)
                }
            }
        }

        /// The records, the last one ended by the end of the input, and the line of a quote left open.
        mutating func finish() -> (records: [Record], unterminatedQuoteLine: Int?) {
            let unterminated = state == .quoted ? quoteLine : nil
            if state != .fieldStart || !fields.isEmpty { endRecord() }
            return (records, unterminated)
        }

        private mutating func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }

        private mutating func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields.removeAll(keepingCapacity: true)
        }
    }

    /// The delimiter of `text`: the candidate (`,` `;` tab `|`) that splits the first lines into
    /// the most columns with the same count on every line, quotes respected.
    static func sniffDelimiter(_ text: String) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = ["\t", ";", ",", "|"]
        let sample = String(text.unicodeScalars.prefix(16_384))
        var best: (delimiter: Unicode.Scalar, score: Double) = (",", 0)
        for candidate in candidates {
            var records = CSVParser(delimiter: candidate).parse(sample).records
            if records.count > 1 { records.removeLast() }  // the sample may cut the last record
            let counts = records.prefix(20).map(\.fields.count).filter { $0 > 0 }
            guard let first = counts.first, first > 1 else { continue }
            // Consistency: share of lines with the header's column count. Header rows of Qualtrics
            // and SurveyMonkey have the same count as the data, so the first line is the reference.
            let consistent = Double(counts.filter { $0 == first }.count) / Double(counts.count)
            let score = consistent * Double(first)
            if score > best.score { best = (candidate, score) }
        }
        return best.delimiter
    }
}
