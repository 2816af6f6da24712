import Foundation
import VerbatimModel

/// Reads a survey export (CSV, TSV, TXT) as Qualtrics, SurveyMonkey, Google Forms, Typeform or a
/// plain spreadsheet writes it: encoding and delimiter sniffed, RFC 4180 quoting, header rows per
/// layout, column roles from French and English headers checked against the content.
///
/// One verbatim per answered open question, channel `.survey`, `position` = `row N` (the physical
/// line the record starts on, so an analyst finds it in a text editor; `row N, column LABEL` when
/// the export has several open questions), `ordinal` = record index in the file, `context` = the
/// question. All verbatims of a response carry its scores and share its `conversation` key, so
/// aggregation counts the scores once per response.
///
/// Responses with a score but no usable comment are still emitted, with an empty `text`: the
/// pipeline counts them for NPS/CES/CSAT and does not score their text. An answer that says
/// nothing ("RAS", "rien", "N/A"…) is counted as `.noContent`; the response is emitted without text
/// only when it has a score and no other answer. A response with neither is counted as `.empty`.
enum SurveyReader {
    /// Comments that carry no opinion, folded (lower case, no accents, no trailing punctuation).
    /// Gathered from French and English exports: "RAS" is "rien à signaler".
    static let noContentComments: Set<String> = [
        "ras", "r.a.s", "r.a.s.", "rien", "rien a signaler", "rien a dire", "non", "no", "-", "--", "/", ".", "ok",
        "n/a",
        "na", "nothing", "none", "nope", "neant", "aucun", "aucune", "sans commentaire", "no comment",
        "pas de commentaire",
        "x", "?", "nil", "null",
    ]

    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        let (text, encoding) = SurveyTextDecoder.decode(bytes)
        let delimiter = CSVParser.sniffDelimiter(text)
        let parsed = CSVParser(delimiter: delimiter).parse(text)
        var output = IngestOutput(format: "survey")
        var records = parsed.records
        dropTrailingBlankRecords(&records)
        if records.isEmpty {
            output.findings.append(Finding(source: path, reason: "empty survey export"))
        } else {
            let layout = Layout(records: records, delimiter: delimiter, encoding: encoding, options: options)
            output.format = layout.format
            if layout.hasColumns {
                readRecords(
                    records, from: layout.headerCount, recordBase: 0, lineBase: 0, layout: layout, path: path,
                    options: options, into: &output)
            } else {
                output.findings.append(noColumnFinding(path))
            }
        }
        // The open quote swallowed the end of the file: said last, in file order.
        output.findings += unterminatedQuote(parsed.unterminatedQuoteLine, lineBase: 0, path: path)
        return output
    }

    /// Reads one shard of a large export (`SurveySharding`): the layout comes from the file's
    /// `head`, ordinals and rows are file-wide, and what concerns the whole file (no recognised
    /// column, trailing blank lines) is said by the shard it belongs to. Gives the same verbatims
    /// and findings as `read` gives for the same records of the whole file.
    static func read(
        shard bytes: [UInt8], head: [UInt8], shard: SurveyShard, path: String, options: IngestOptions
    ) -> IngestOutput {
        let encoding = SurveyTextDecoder.Encoding(rawValue: shard.encoding) ?? .utf8
        let delimiter = Unicode.Scalar(shard.delimiter)
        let parser = CSVParser(delimiter: delimiter)
        var output = IngestOutput(format: "survey")
        var headRecords = parser.parse(SurveyTextDecoder.decode(head, as: encoding, atStart: true)).records
        // A head shorter than `SurveySharding.headRecords` records is the whole file: its
        // trailing blank lines go, as `read` drops them.
        if headRecords.count < SurveySharding.headRecords { dropTrailingBlankRecords(&headRecords) }
        guard !headRecords.isEmpty else { return output }
        let layout = Layout(records: headRecords, delimiter: delimiter, encoding: encoding, options: options)
        output.format = layout.format
        let isFirst = shard.recordBase == 0
        let parsed = parser.parse(SurveyTextDecoder.decode(bytes, as: encoding, atStart: isFirst))
        if layout.hasColumns {
            var records = parsed.records
            if shard.isLast { dropTrailingBlankRecords(&records) }
            // Header rows are the file's first records, which may run over into the next shard.
            readRecords(
                records, from: layout.headerCount - shard.recordBase, recordBase: shard.recordBase,
                lineBase: shard.lineBase, layout: layout, path: path, options: options, into: &output)
        } else if isFirst {
            output.findings.append(noColumnFinding(path))
        }
        output.findings += unterminatedQuote(parsed.unterminatedQuoteLine, lineBase: shard.lineBase, path: path)
        return output
    }

    /// Reads `records[first...]` (a file's records, or a shard's whose file-wide numbers start at
    /// `recordBase` and line `lineBase + 1`).
    private static func readRecords(
        _ records: [CSVParser.Record], from first: Int, recordBase: Int, lineBase: Int, layout: Layout, path: String,
        options: IngestOptions, into output: inout IngestOutput
    ) {
        for index in min(max(first, 0), records.count)..<records.count {
            var record = records[index]
            record.line += lineBase
            read(
                record, ordinal: recordBase + index, layout: layout, path: path, options: options, into: &output)
        }
    }

    /// Blank lines between or after records are not responses; those at the end of a file go.
    private static func dropTrailingBlankRecords(_ records: inout [CSVParser.Record]) {
        while let last = records.last, last.fields.allSatisfy(\.isEmpty) { records.removeLast() }
    }

    private static func noColumnFinding(_ path: String) -> Finding {
        Finding(source: path, position: "row 1", reason: "no score or comment column recognised in the header")
    }

    /// The finding for a quote still open at the end of the file (its line is `lineBase + line`).
    static func unterminatedQuote(_ line: Int?, lineBase: Int, path: String) -> [Finding] {
        guard let line else { return [] }
        let row = lineBase + line
        return [
            Finding(
                source: path, position: "row \(row)",
                reason: "quote opened here is never closed; the rest of the file was read as one cell", ordinal: row)
        ]
    }

    /// What the first records of an export say about all of it: header rows, column labels and
    /// roles, and the format line of the run's inputs report.
    struct Layout {
        var headerCount: Int
        var labels: [String]
        /// The question each column answers (`SurveyLayout.questions`): the context of its answers.
        var questions: [String]
        var roles: SurveyColumnRoles
        var format: String
        /// How the date column writes numeric dates, judged on the sampled responses.
        var dateOrder: LooseDate.FieldOrder
        /// The columns holding an address, a phone or an order number (`SurveyIdentityColumns`).
        var identity: [Int]

        /// True when some score or comment column was recognised.
        var hasColumns: Bool { !(roles.comments.isEmpty && roles.nps == nil && roles.ces == nil && roles.csat == nil) }

        init(
            records: [CSVParser.Record], delimiter: Unicode.Scalar, encoding: SurveyTextDecoder.Encoding,
            options: IngestOptions
        ) {
            let layout = SurveyLayout.detect(records.prefix(3).map(\.fields))
            headerCount = min(layout.headerRowCount, records.count)
            let header = records.prefix(headerCount).map(\.fields)
            labels = layout.labels(header)
            questions = layout.questions(header)
            let sample = records.dropFirst(headerCount).prefix(200).map(\.fields)
            roles = SurveyColumnRoles.detect(
                labels: labels, sample: sample, openText: layout.openTextColumns(header),
                closed: layout.closedColumns(header))
            roles.apply(options.surveyColumnMapping, labels: labels, sample: sample)
            let folded = labels.map(SurveyColumnRoles.fold)
            identity = SurveyIdentityColumns.detect(
                folded: folded, sample: sample, excluded: roles.nonIdentity, options: options.identity)
            // A column of identifiers alone is no answer, whatever its header said.
            roles.comments.removeAll(where: identity.contains)
            // A respondent id column named after an identity (`Numéro de commande`) is one too.
            if let column = roles.respondent, column < folded.count, SurveyIdentityColumns.namesIdentity(folded[column])
            {
                identity.append(column)
            }
            let dates = roles.date.map { column in sample.compactMap { column < $0.count ? $0[column] : nil } } ?? []
            dateOrder = LooseDate.order(of: dates)
            let delimiterName = delimiter == "\t" ? "tab" : String(Character(delimiter))
            format =
                "survey-\(layout.rawValue) (\(delimiterName), \(encoding.rawValue)) \(roles.describe(labels: labels))"
        }
    }

    private static func read(
        _ record: CSVParser.Record, ordinal: Int, layout: Layout, path: String, options: IngestOptions,
        into output: inout IngestOutput
    ) {
        let roles = layout.roles
        let row = SurveyRow(
            fields: record.fields, labels: layout.labels, position: "row \(record.line)", ordinal: ordinal,
            path: path)
        if row.fields.allSatisfy({ $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
            output.skip(.empty)
            return
        }
        if let column = roles.direction, SurveyColumnRoles.isCompanySide(row.cell(column)) == true {
            output.skip(.agent)
            return
        }
        if row.fields.count != row.labels.count {
            output.findings.append(
                Finding(
                    source: path, position: row.position,
                    reason: "ragged row: \(row.fields.count) fields where the header has \(row.labels.count)",
                    severity: .warning, ordinal: ordinal))
        }
        let scores = self.scores(of: row, roles: roles, findings: &output.findings)
        let (answers, sawNoContent) = self.answers(of: row, roles: roles, into: &output)
        if answers.isEmpty && scores.isEmpty {
            if !sawNoContent { output.skip(.empty) }
            return
        }
        let respondent = row.cell(roles.respondent)
        let touchpoint = row.cell(roles.touchpoint)
        let response = Verbatim(
            source: SourceLocation(path: path, ordinal: ordinal, position: row.position),
            channel: .survey,
            date: date(of: row, layout: layout, findings: &output.findings),
            // Respondent ids can be e-mail addresses in some exports: only a hash leaves the reader.
            customer: respondent.isEmpty ? nil : options.customerKeyer.key(for: "respondent:" + respondent),
            // The response: its answers carry its scores, which aggregation counts once per response.
            conversation: "response:\(path)#\(ordinal)",
            evidence: evidence(of: row, answers: answers.map(\.text), layout: layout, options: options),
            text: "",
            declaredLanguage: Language(tag: row.cell(roles.language)),
            scores: scores,
            touchpointHint: touchpoint.isEmpty ? nil : touchpoint
        )
        guard !answers.isEmpty else {
            // Scores without a comment: counted for NPS/CES/CSAT, text not scored.
            output.verbatims.append(response)
            return
        }
        for (column, text) in answers {
            var verbatim = response
            verbatim.text = text
            let question = column < layout.questions.count ? layout.questions[column] : ""
            verbatim.context = question.isEmpty ? nil : question
            // One verbatim per answered question; an export with one open question keeps `row N`.
            if roles.comments.count > 1 { verbatim.source.position = row.position(of: column) }
            output.verbatims.append(verbatim)
        }
    }

    /// The row's open answers with their columns; an answer saying nothing (`RAS`, `n/a`) is
    /// skipped as such, and the second value says whether there was one.
    private static func answers(
        of row: SurveyRow, roles: SurveyColumnRoles, into output: inout IngestOutput
    ) -> ([(column: Int, text: String)], Bool) {
        var answers: [(column: Int, text: String)] = []
        var sawNoContent = false
        for column in roles.comments {
            let answer = normaliseLineBreaks(row.cell(column))
            if answer.isEmpty { continue }
            if isNoContent(answer) {
                output.skip(.noContent)
                sawNoContent = true
            } else {
                answers.append((column, answer))
            }
        }
        return (answers, sawNoContent)
    }

    /// The respondent's NPS, CES (oriented so that high is easy) and CSAT answers.
    private static func scores(of row: SurveyRow, roles: SurveyColumnRoles, findings: inout [Finding]) -> SurveyScores {
        var scores = SurveyScores()
        scores.nps = row.score(roles.nps, scale: 0...10, name: "NPS", findings: &findings)
        if let raw = row.score(roles.ces, scale: 1...roles.cesScale, name: "CES", findings: &findings) {
            scores.ces = roles.cesReversed ? roles.cesScale + 1 - raw : raw
            scores.cesScale = roles.cesScale
        }
        scores.csat = row.score(roles.csat, scale: 1...5, name: "CSAT", findings: &findings)
        return scores
    }

    /// The response's date, read in the file's field order; an unreadable one is a warning.
    private static func date(of row: SurveyRow, layout: Layout, findings: inout [Finding]) -> Date? {
        let text = row.cell(layout.roles.date)
        guard !text.isEmpty else { return nil }
        let date = LooseDate.parse(text, order: layout.dateOrder)
        if date == nil {
            findings.append(row.warning("unreadable date \"\(Finding.excerpt(text))\"", column: layout.roles.date))
        }
        return date
    }

    static func isNoContent(_ comment: String) -> Bool {
        // Every no-content answer is short; do not fold the long ones.
        guard comment.utf8.count <= 40 else { return false }
        var folded = SurveyColumnRoles.fold(comment)
        while let last = folded.last, last == "!" || last == "." || last == " ", folded.count > 1 {
            folded.removeLast()
        }
        return noContentComments.contains(folded) || noContentComments.contains(folded + ".")
    }

    /// Multi-line comments keep their line breaks as `\n` whatever the file's line ends.
    static func normaliseLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                bytes.append(0x0A)
            } else if !(byte == 0x0A && previousWasCR) {
                bytes.append(byte)
            }
            previousWasCR = byte == 0x0D
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
