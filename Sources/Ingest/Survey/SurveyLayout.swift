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
}
