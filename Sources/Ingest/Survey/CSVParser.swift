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

    let delimiter: Unicode.Scalar

    /// All records of `text`, and the line of an unterminated quote if any.
    func parse(_ text: String) -> (records: [Record], unterminatedQuoteLine: Int?) {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var previousWasCR = false

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields = []
        }

        for scalar in text.unicodeScalars {
            let isCR = scalar == "\r"
            let isLF = scalar == "\n"
            defer { previousWasCR = isCR }
            if isLF && previousWasCR && state != .quoted {
                // Second half of a CRLF already handled at the CR.
                continue
            }
            switch state {
            case .fieldStart, .unquoted:
                if scalar == "\"" && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                } else if scalar == delimiter {
                    endField()
                    state = .fieldStart
                } else if isCR || isLF {
                    line += 1
                    endRecord()
                    recordLine = line
                    state = .fieldStart
                } else {
                    field.append(scalar)
                    state = .unquoted
                }
            case .quoted:
                if scalar == "\"" {
                    state = .quoteInQuoted
                } else {
                    if isLF && previousWasCR {
                        // CRLF inside a quoted field: keep it as one line break.
                    } else if isCR || isLF {
                        line += 1
                    }
                    field.append(scalar)
                }
            case .quoteInQuoted:
                if scalar == "\"" {
                    field.append("\"")
                    state = .quoted
                } else if scalar == delimiter {
                    endField()
                    state = .fieldStart
                } else if isCR || isLF {
                    line += 1
                    endRecord()
                    recordLine = line
                    state = .fieldStart
                } else {
                    field.append(scalar)
                    state = .unquoted
                }
            }
        }
        var unterminated: Int?
        if state == .quoted { unterminated = quoteLine }
        if state != .fieldStart || !fields.isEmpty {
            endRecord()
        }
        return (records, unterminated)
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
