/// Writes survey exports in the two dialects of the sample: a UTF-8, comma, LF file with NPS, CES and a
/// language column (as survey SaaS tools export), and a French-Excel file (`;`, Windows-1252, CRLF) with
/// NPS and CSAT. Comments include multi-line cells, no-content answers ("RAS", "-", empty) and, rarely,
/// an invalid score, as real exports do.
struct SurveyWriter: Sendable {
    /// The text source.
    let composer: VerbatimComposer

    /// Export dialect.
    enum Dialect: Sendable {
        case commaUTF8
        case frenchExcel
    }

    private static let noContent = ["", "", "RAS", "-", "rien", "N/A", "ok"]

    /// Appends a header and rows until `out` holds at least `targetBytes`; returns the row count.
    func write(_ dialect: Dialect, stream: Int, targetBytes: Int, _ rng: inout SplitMix64, into out: inout [UInt8])
        -> Int
    {
        let separator: UInt8 = dialect == .commaUTF8 ? 0x2C : 0x3B
        let newline = dialect == .commaUTF8 ? "\n" : "\r\n"
        var row: [UInt8] = []
        var comment: [UInt8] = []
        switch dialect {
        case .commaUTF8:
            row.append(
                "Response ID,Date,Journey step,How likely are you to recommend Maison Lumen? (0-10),How easy was it to resolve your request? (1-7),Comment,Language\n"
            )
        case .frenchExcel:
            row.append(
                "ID;Date;Étape du parcours;Recommanderiez-vous Maison Lumen ? (0-10);Satisfaction (1-5);Commentaire\r\n"
            )
        }
        append(row, dialect, into: &out)
        var count = 0
        while out.count < targetBytes {
            row.removeAll(keepingCapacity: true)
            comment.removeAll(keepingCapacity: true)
            let lang: CorpusLanguage = dialect == .frenchExcel || rng.percent(50) ? .fr : .en
            let topic = Topic.draw(&rng)
            let day = rng.int(in: 1...30)
            let roll = rng.below(100)
            if roll < 6 {
                comment.append(rng.pick(Self.noContent))
            } else {
                composer.comment(lang, topic, &rng, separator: roll < 12 ? 0x0A : 0x20, into: &comment)
                if dialect == .frenchExcel, roll < 12 {
                    // Excel writes CRLF inside quoted cells too.
                    var crlf: [UInt8] = []
                    for byte in comment {
                        if byte == 0x0A { crlf.append(0x0D) }
                        crlf.append(byte)
                    }
                    comment = crlf
                }
            }
            let invalid = rng.below(1000) == 0
            switch dialect {
            case .commaUTF8:
                row.append("R_")
                row.append(number: stream * 10_000_000 + count, width: 8)
                row.append(",2026-11-")
                row.append(number: day, width: 2)
                row.append(" ")
                row.append(number: rng.int(in: 7...22), width: 2)
                row.append(":")
                row.append(number: rng.below(60), width: 2)
                row.append(":00,")
                row.append(topic.step(.en))
                row.append(",")
                if invalid { row.append(rng.percent(50) ? "11" : "n/a") } else { row.append(number: topic.nps(&rng)) }
                row.append(",")
                row.append(number: topic.polarity < 0 ? rng.int(in: 1...3) : rng.int(in: 4...7))
                row.append(",")
                row.append(csvField: comment, separator: separator)
                row.append(lang == .fr ? ",FR\n" : ",EN\n")
            case .frenchExcel:
                row.append(number: stream * 10_000_000 + count)
                row.append(";")
                row.append(number: day, width: 2)
                row.append("/11/2026;")
                row.append(topic.step(.fr))
                row.append(";")
                if invalid { row.append("11") } else { row.append(number: topic.nps(&rng)) }
                row.append(";")
                row.append(number: topic.polarity < 0 ? rng.int(in: 1...2) : rng.int(in: 3...5))
                row.append(";")
                row.append(csvField: comment, separator: separator)
                row.append(newline)
            }
            append(row, dialect, into: &out)
            count += 1
        }
        return count
    }

    private func append(_ row: [UInt8], _ dialect: Dialect, into out: inout [UInt8]) {
        switch dialect {
        case .commaUTF8: out.append(contentsOf: row)
        case .frenchExcel: SingleByteCharset.windows1252.encode(row, into: &out)
        }
    }
}
