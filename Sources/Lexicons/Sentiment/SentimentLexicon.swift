public import Foundation
public import TextProcessing
public import VerbatimModel

/// The sentiment lexicons of one language, loaded into byte-keyed hash tables.
///
/// Single-token terms live in `words`; multiword terms (`aucun problème`, `on hold for an hour`)
/// in `phrases`, keyed by their token keys joined with one space, and their first word is marked
/// with the length of the longest phrase it starts so the scorer only tries phrases where one can
/// begin. Keys are made by `ByteTokenizer`, the tokenizer the scorer uses, so an entry always meets
/// the text it was written for (`l’accueil`, `peut-être`, `DÉÇU`).
public struct SentimentLexicon: Sendable {
    /// The language the lexicon is for.
    public let language: Language
    /// Single-token terms.
    public private(set) var words = ByteKeyTable(minimumCapacity: 4096)
    /// Entries of `words`, by entry number.
    public private(set) var wordEntries: [LexiconEntry] = []
    /// Multiword terms.
    public private(set) var phrases = ByteKeyTable(minimumCapacity: 1024)
    /// Entries of `phrases`, by entry number.
    public private(set) var phraseEntries: [LexiconEntry] = []
    /// The negator kinds the files name, by number (`LexiconEntry.negator`); number 0, the empty
    /// kind, is "no negator".
    public private(set) var negatorKinds: [String] = [""]
    /// Function-word evidence for language identification (`langid.tsv`): term → weight.
    public private(set) var languageEvidence: [String: Double] = [:]
    /// Rows read per file, for `verbatim lexicon stats`.
    public private(set) var rowCounts: [(file: String, rows: Int)] = []
    /// Terms added from third-party lexicons (`overlay(_:)`): term key → the file they came from.
    public internal(set) var thirdPartySources: [String: String] = [:]

    /// Loads `directory/<language>/*.tsv` and `directory/common/*.tsv`. A missing optional file is
    /// skipped; a malformed one is an error naming its file and line.
    public init(directory: URL, language: Language) throws(LexiconError) {
        self.language = language
        let languageFolder = directory.appendingPathComponent(language.rawValue, isDirectory: true)
        // Every other file is optional, the valence words are not: without them every verbatim
        // would score neutral, which must be an error, never a quiet result.
        let valence = languageFolder.appendingPathComponent("valence.tsv")
        guard FileManager.default.fileExists(atPath: valence.path) else {
            throw .unreadable(
                file: valence.path,
                reason: "no sentiment lexicon here; pass --lexicons DIR (the lexicons/ folder of Verbatim) or set "
                    + "\(LexiconFolder.environmentVariable)")
        }
        for file in SentimentLexiconFile.perLanguage {
            let url = languageFolder.appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try load(TSVTable(contentsOf: url, displayName: "\(language.rawValue)/\(file.name)"), as: file)
        }
        for file in SentimentLexiconFile.common {
            let url = directory.appendingPathComponent("common", isDirectory: true).appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try load(TSVTable(contentsOf: url, displayName: "common/\(file.name)"), as: file)
        }
    }

    /// Builds a lexicon from in-memory tables (tests, embedded data).
    public init(language: Language, tables: [(SentimentLexiconFile, TSVTable)]) throws(LexiconError) {
        self.language = language
        for (file, table) in tables { try load(table, as: file) }
    }

    /// The token keys of `term`, as the scorer will see them.
    public static func keys(of term: String) -> [String] {
        var buffer = TokenBuffer()
        return keys(of: term, using: &buffer)
    }

    /// The same with a reusable token buffer (a lexicon file has thousands of terms).
    static func keys(of term: String, using buffer: inout TokenBuffer) -> [String] {
        buffer.removeAll()
        ByteTokenizer.tokenize(term, into: &buffer)
        return buffer.tokens.map { buffer.keyString($0) }
    }

    private mutating func load(_ table: TSVTable, as file: SentimentLexiconFile) throws(LexiconError) {
        try Self.checkColumns(of: table, as: file)
        var buffer = TokenBuffer()
        for row in table.rows {
            let term = row[0]
            if term.isEmpty { throw .malformed(file: table.file, line: row.line, reason: "empty term") }
            let (number, kind) = try Self.numberAndKind(of: row, in: table, as: file)
            if file.role == .languageEvidence {
                languageEvidence[TextFolding.fold(term), default: 0] += number
                continue
            }
            let negator = file.role == .negators ? negatorNumber(kind) : 0
            let keys = Self.keys(of: term, using: &buffer)
            if keys.isEmpty {
                throw .malformed(file: table.file, line: row.line, reason: "term '\(term)' has no token")
            }
            update(keys: keys) { entry in
                switch file.role {
                case .valence:
                    entry.valence = Float(number)
                    entry.hasValence = true
                case .intensifiers:
                    entry.boost = Float(number)
                case .failures:
                    entry.failureValence = Float(number)
                case .negators:
                    entry.negator = negator
                    entry.spokenNegator = row[2] == "yes"
                case .contrast:
                    entry.contrast = kind == "but" ? .but : .although
                case .excess:
                    entry.excess = kind == "excess" ? .excess : .target
                case .modality:
                    entry.modality = kind == "wish" ? .wish : kind == "hedge" ? .hedge : .conditional
                case .emotions:
                    if let emotion = Emotion(rawValue: kind) { entry.addEmotion(emotion, intensity: Float(number)) }
                case .languageEvidence:
                    break
                }
            }
        }
        rowCounts.append((table.file, table.rows.count))
    }

    /// The file's header must start with the role's columns, in order.
    private static func checkColumns(of table: TSVTable, as file: SentimentLexiconFile) throws(LexiconError) {
        for (index, name) in file.columns.enumerated()
        where table.columns.count <= index || table.columns[index] != name {
            throw .malformed(
                file: table.file, line: 1,
                reason:
                    "expected columns \(file.columns.joined(separator: ", ")), found \(table.columns.joined(separator: ", "))"
            )
        }
    }

    /// A row's number (its numeric column, checked against the role's range) and its kind
    /// (checked against the role's allowed kinds); 0 and "" for roles without them.
    private static func numberAndKind(
        of row: TSVTable.Row, in table: TSVTable, as file: SentimentLexiconFile
    ) throws(LexiconError) -> (Double, String) {
        var number = 0.0
        if let column = file.numericColumn {
            guard let value = Double(row[column]) else {
                throw .malformed(file: table.file, line: row.line, reason: "'\(row[column])' is not a number")
            }
            if let range = file.range, !range.contains(value) {
                throw .malformed(file: table.file, line: row.line, reason: "\(value) is outside \(range)")
            }
            number = value
        }
        let kind = file.kindColumn.map { row[$0] } ?? ""
        if file.kindColumn != nil, kind.isEmpty || (!file.allowedKinds.isEmpty && !file.allowedKinds.contains(kind)) {
            throw .malformed(
                file: table.file, line: row.line,
                reason: "'\(kind)' is not one of \(file.allowedKinds.joined(separator: ", "))")
        }
        return (number, kind)
    }

    /// The number of the negator kind `kind`, added to `negatorKinds` when new. Which kinds exist
    /// is the scoring rules' business: this module only interns the names (at most 255 of them).
    private mutating func negatorNumber(_ kind: String) -> UInt8 {
        if let number = negatorKinds.firstIndex(of: kind) { return UInt8(number) }
        guard negatorKinds.count < Int(UInt8.max) else { return 0 }
        negatorKinds.append(kind)
        return UInt8(negatorKinds.count - 1)
    }

    /// The same lexicon with its negator kinds renumbered to `kinds` (whose element 0 is "no
    /// negator"): the scorer's rule table, so that an entry's `negator` indexes that table directly
    /// on the hot path. A kind missing from `kinds` becomes 0.
    public func renumberingNegators(to kinds: [String]) -> SentimentLexicon {
        let map = negatorKinds.map { kind in UInt8(kinds.firstIndex(of: kind) ?? 0) }
        var copy = self
        for i in copy.wordEntries.indices where copy.wordEntries[i].negator != 0 {
            copy.wordEntries[i].negator = map[Int(copy.wordEntries[i].negator)]
        }
        for i in copy.phraseEntries.indices where copy.phraseEntries[i].negator != 0 {
            copy.phraseEntries[i].negator = map[Int(copy.phraseEntries[i].negator)]
        }
        copy.negatorKinds = kinds
        return copy
    }

    /// The negator kind of `entry` as the files spell it, `nil` when it negates nothing.
    public func negatorKind(of entry: LexiconEntry) -> String? {
        let number = Int(entry.negator)
        return number > 0 && number < negatorKinds.count ? negatorKinds[number] : nil
    }

    mutating func update(keys: [String], _ change: (inout LexiconEntry) -> Void) {
        if keys.count == 1 {
            let (index, inserted) = words.insert(keys[0])
            if inserted { wordEntries.append(LexiconEntry()) }
            change(&wordEntries[index])
            return
        }
        let (index, inserted) = phrases.insert(keys.joined(separator: " "))
        if inserted {
            var entry = LexiconEntry()
            entry.tokenCount = UInt8(min(keys.count, 255))
            phraseEntries.append(entry)
        }
        change(&phraseEntries[index])
        let (first, firstInserted) = words.insert(keys[0])
        if firstInserted { wordEntries.append(LexiconEntry()) }
        wordEntries[first].longestPhrase = max(wordEntries[first].longestPhrase, UInt8(min(keys.count, 255)))
    }

    /// Number of distinct single-token terms.
    public var wordCount: Int { words.count }
    /// Number of distinct multiword terms.
    public var phraseCount: Int { phrases.count }

    /// Entry number of a single-token key (hot path, no allocation).
    @inline(__always)
    public func word(_ key: Span<UInt8>) -> Int? { words.find(key) }

    /// Entry number of a multiword key (token keys joined by one space).
    @inline(__always)
    public func phrase(_ key: Span<UInt8>) -> Int? { phrases.find(key) }

    /// The entry of a term written as in the files (for tests and `explain`).
    public func entry(for term: String) -> LexiconEntry? {
        let keys = Self.keys(of: term)
        if keys.count == 1 { return words.find(keys[0]).map { wordEntries[$0] } }
        return phrases.find(keys.joined(separator: " ")).map { phraseEntries[$0] }
    }
}
