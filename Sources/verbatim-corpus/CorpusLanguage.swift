/// The two languages of the generated corpus; `rawValue` indexes per-language tables.
enum CorpusLanguage: Int, Sendable, CaseIterable {
    case fr = 0
    case en = 1

    /// ISO 639-1 code as written in survey and TSV columns.
    var code: String {
        self == .fr ? "fr" : "en"
    }
}
