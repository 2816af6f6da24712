public import Foundation

/// The words that say what a long number beside them is (`common/personal-data-context.tsv`), for
/// the masker of personal data in reports: a card, an order (or invoice, parcel) reference, a phone.
public struct PersonalDataContextList: Sendable, Hashable {
    /// The file's name inside `common/`.
    public static let fileName = "personal-data-context.tsv"
    /// The contexts a term may name, as spelled in the file.
    public static let contexts = ["card", "order", "phone"]

    /// Terms saying a payment card is meant.
    public var card: [String]
    /// Terms saying an order, invoice or parcel reference is meant.
    public var order: [String]
    /// Terms saying a phone number is meant.
    public var phone: [String]

    /// The list in `table`; an unknown context, an empty term or a term listed twice is an error
    /// naming its file and line.
    public init(table: TSVTable) throws(LexiconError) {
        guard table.columns.count >= 2, table.columns[0] == "term", table.columns[1] == "context" else {
            throw .malformed(
                file: table.file, line: 1,
                reason: "expected columns term, context, found \(table.columns.joined(separator: ", "))")
        }
        var lists: [String: [String]] = [:]
        var lines: [String: Int] = [:]
        for row in table.rows {
            let term = row[0]
            let context = row[1]
            guard Self.contexts.contains(context) else {
                throw .malformed(
                    file: table.file, line: row.line,
                    reason: "'\(context)' is not a context (\(Self.contexts.joined(separator: ", ")))")
            }
            if term.isEmpty { throw .malformed(file: table.file, line: row.line, reason: "empty term") }
            if let previous = lines[term] {
                throw .malformed(
                    file: table.file, line: row.line, reason: "'\(term)' is already listed on line \(previous)")
            }
            lines[term] = row.line
            lists[context, default: []].append(term)
        }
        self.init(card: lists["card"] ?? [], order: lists["order"] ?? [], phone: lists["phone"] ?? [])
    }

    /// The list under `directory/common/`, empty when the file is absent (numbers are then judged by
    /// their digits alone).
    public init(directory: URL) throws(LexiconError) {
        let url = directory.appendingPathComponent("common", isDirectory: true).appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(card: [], order: [], phone: [])
            return
        }
        try self.init(table: TSVTable(contentsOf: url, displayName: "common/\(Self.fileName)"))
    }

    /// A list from its three word lists.
    public init(card: [String], order: [String], phone: [String]) {
        self.card = card
        self.order = order
        self.phone = phone
    }
}
