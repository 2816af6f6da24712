import Lexicons
import TextProcessing
import VerbatimModel

/// A word list a rule reads from `lexicons/<language>/<name>`: one single-token term per row,
/// with a `kind` or a `value` column when the rule needs one.
///
/// The rule that reads a list declares it (its `static let file`), so the list's name, columns and
/// kinds sit next to the code that gives them meaning; `RuleWordLists.files` names every declared
/// list for the loader, and `WordListLintTests` checks each file against its declaration.
struct WordListFile: Sendable {
    /// File name inside each language folder.
    let name: String
    /// Header columns: `term`, then `kind` or `value`.
    let columns: [String]
    /// Allowed values of the `kind` column (empty when there is none).
    let kinds: [String]
    /// Language folders that have the file.
    let languages: [Language]

    init(name: String, columns: [String] = ["term"], kinds: [String] = [], languages: [Language] = [.fr, .en]) {
        self.name = name
        self.columns = columns
        self.kinds = kinds
        self.languages = languages
    }

    /// The column of the row's kind, if any.
    var kindColumn: Int? { columns.firstIndex(of: "kind") }
    /// The column of the row's number, if any.
    var valueColumn: Int? { columns.firstIndex(of: "value") }
}
