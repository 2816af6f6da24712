import Foundation

/// The export layouts of the survey tools CX teams use, recognised from their header rows.
///
/// - Qualtrics (current): three header rows, column ids (`Q1`), question texts, then
///   `{"ImportId":"QID1"}` JSON cells; roles are read from the question texts.
/// - Qualtrics (legacy): two header rows, `V1…Vn` then the labels.
/// - SurveyMonkey: two header rows, the question (written once over its merged columns) then the
///   sub-answer (`Response`, `Open-Ended Response`, a choice); the first columns are
///   `Respondent ID`, `Collector ID`, `Start Date`, `End Date`.
/// - Google Forms: one header row starting with `Timestamp` (`Horodateur` in French).
/// - Typeform: one header row with `#` first and `Submit Date (UTC)` / `Network ID` columns.
/// - Anything else: one header row.
enum SurveyLayout: String {
    case qualtrics
    case qualtricsLegacy = "qualtrics-legacy"
    case surveyMonkey = "surveymonkey"
    case googleForms = "google-forms"
    case typeform
    case plain = "csv"

    /// Number of header rows before the first response.
    var headerRowCount: Int {
        switch self {
        case .qualtrics: 3
        case .qualtricsLegacy, .surveyMonkey: 2
        case .googleForms, .typeform, .plain: 1
        }
    }

    static func detect(_ records: [[String]]) -> SurveyLayout {
        guard let first = records.first?.map({ SurveyColumnRoles.fold($0) }) else { return .plain }
        let third = records.count > 2 ? records[2] : []
        if third.contains(where: { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }) {
            return .qualtrics
        }
        if first.count >= 3, first[0] == "v1", first[1] == "v2", first[2] == "v3" {
            return .qualtricsLegacy
        }
        if first.contains("respondent id") && first.contains("collector id") {
            return .surveyMonkey
        }
        if first.first == "timestamp" || first.first == "horodateur" || first.first == "horodatage" {
            return .googleForms
        }
        if first.first == "#" && first.contains(where: { $0.hasPrefix("submit date") || $0 == "network id" }) {
            return .typeform
        }
        return .plain
    }

    /// One label per column, built from the header rows so that role detection reads what a human
    /// reads: the question text for Qualtrics, question + sub-answer for SurveyMonkey.
    func labels(_ records: [[String]]) -> [String] {
        let width = records.prefix(headerRowCount).map(\.count).max() ?? 0
        func cell(_ row: Int, _ column: Int) -> String {
            guard row < records.count, column < records[row].count else { return "" }
            return records[row][column]
        }
        switch self {
        case .qualtrics, .qualtricsLegacy:
            // Both the id (`NPS_Group`, `Q1`, `RecordedDate`) and the question text can name a
            // role; keep both.
            return (0..<width).map { "\(cell(0, $0)) \(cell(1, $0))" }
        case .surveyMonkey:
            var question = ""
            return (0..<width).map { column in
                let top = cell(0, column)
                if !top.isEmpty { question = top }
                let sub = cell(1, column)
                return sub.isEmpty ? question : "\(question) \(sub)"
            }
        case .googleForms, .typeform, .plain:
            return (0..<width).map { cell(0, $0) }
        }
    }

    /// The question each column answers, as the respondent read it: the question-text row of a
    /// Qualtrics export (its column id when that row is empty), the question over a SurveyMonkey
    /// sub-answer (with the sub-answer when it names a choice or a matrix row), the header otherwise.
    /// It becomes the `context` of the answers.
    func questions(_ records: [[String]]) -> [String] {
        let width = records.prefix(headerRowCount).map(\.count).max() ?? 0
        func cell(_ row: Int, _ column: Int) -> String {
            guard row < records.count, column < records[row].count else { return "" }
            return SchemaOrgReviewCollector.trim(records[row][column])
        }
        switch self {
        case .qualtrics, .qualtricsLegacy:
            return (0..<width).map { cell(1, $0).isEmpty ? cell(0, $0) : cell(1, $0) }
        case .surveyMonkey:
            var question = ""
            return (0..<width).map { column in
                if !cell(0, column).isEmpty { question = cell(0, column) }
                let sub = cell(1, column)
                return sub.isEmpty || Self.isOpenEndedSubAnswer(sub) || SurveyColumnRoles.fold(sub) == "response"
                    ? question : "\(question) \(sub)"
            }
        case .googleForms, .typeform, .plain:
            return (0..<width).map { cell(0, $0) }
        }
    }

    /// Columns the export itself marks as choices: Qualtrics writes ` - Selected Choice` after the
    /// question text of a choice column that has a text box beside it (`Q2` next to `Q2_5_TEXT`).
    func closedColumns(_ records: [[String]]) -> Set<Int> {
        guard self == .qualtrics || self == .qualtricsLegacy, records.count > 1 else { return [] }
        var columns: Set<Int> = []
        for (column, question) in records[1].enumerated()
        where SchemaOrgReviewCollector.trim(question).hasSuffix("- Selected Choice") {
            columns.insert(column)
        }
        return columns
    }

    /// Columns the export itself marks as typed-in text, whatever their header says:
    /// - Qualtrics: an import id (third header row, `{"ImportId":"QID12_TEXT"}`) or a column id
    ///   (`Q5_4_TEXT`, the "other, please specify" box of choice 4) ending in `_TEXT`; Text iQ's
    ///   derived `…_TEXT_…Topics` columns do not end so.
    /// - SurveyMonkey: the sub-answer row says `Open-Ended Response` (`Réponse ouverte` in French
    ///   exports) or `Other (please specify)`.
    func openTextColumns(_ records: [[String]]) -> Set<Int> {
        var columns: Set<Int> = []
        switch self {
        case .qualtrics, .qualtricsLegacy:
            for row in records.prefix(headerRowCount).indices {
                for (column, raw) in records[row].enumerated() {
                    let id = row == 2 ? Self.importId(raw) : SchemaOrgReviewCollector.trim(raw)
                    if id.hasSuffix("_TEXT") { columns.insert(column) }
                }
            }
        case .surveyMonkey:
            guard records.count > 1 else { break }
            for (column, sub) in records[1].enumerated() where Self.isOpenEndedSubAnswer(sub) { columns.insert(column) }
        case .googleForms, .typeform, .plain:
            break
        }
        return columns
    }

    /// SurveyMonkey's sub-answer labels of a text box (English and French exports).
    static func isOpenEndedSubAnswer(_ sub: String) -> Bool {
        let folded = SurveyColumnRoles.fold(sub)
        return folded.hasPrefix("open-ended response") || folded.hasPrefix("reponse ouverte")
            || folded.contains("please specify") || folded.contains("veuillez preciser")
    }

    /// `QID12_TEXT` from `{"ImportId":"QID12_TEXT"}` (also with single quotes or more keys).
    static func importId(_ cell: String) -> String {
        guard let key = cell.range(of: "ImportId") else { return "" }
        let rest = cell[key.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == ":" || $0 == " " }
        return String(rest.prefix { $0 != "\"" && $0 != "'" && $0 != "," && $0 != "}" })
    }
}
