public import Foundation
public import VerbatimModel

/// The phrase and name lists that tell who speaks, one UTF-8 TSV file per list under
/// `lexicons/speakers/` (role labels, bot labels, agent greetings, system notices, helpdesk markers,
/// webmail domains …), so that a linguist adds a locale's notice or an agent formula without
/// touching Swift.
///
/// Each file is `phrase<TAB>note` after `#` comment lines and a header row; the list is named after
/// the file (`system-notices.tsv` → `system-notices`). Entries are kept folded (lowercase, accents
/// removed, see `CaseFolding.fold`) because every reader matches them on folded text.
public struct SpeakerLexicon: Sendable, Hashable {
    private var lists: [String: [String]]

    /// A lexicon holding `lists` (name → phrases as written; they are folded here).
    public init(lists: [String: [String]] = [:]) {
        self.lists = lists.mapValues { $0.map { CaseFolding.fold($0) } }
    }

    /// The folded entries of the list `name`; empty when the folder has no such file.
    public subscript(name: String) -> [String] { lists[name] ?? [] }

    /// The names of the lists held, sorted.
    public var names: [String] { lists.keys.sorted() }

    /// The entries of one list file's `text` (first column of each row after the header), and a
    /// finding per malformed row (an empty phrase, a duplicate once folded).
    public static func parse(_ text: String, source: String) -> (entries: [String], findings: [Finding]) {
        var entries: [String] = []
        var seen: Set<String> = []
        var findings: [Finding] = []
        var headerSeen = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if row.hasPrefix("#") || row.allSatisfy(\.isWhitespace) { continue }
            guard headerSeen else {
                headerSeen = true
                continue
            }
            let phrase = String(row.prefix { $0 != "\t" }).trimmingCharacters(in: .whitespaces)
            let position = "line \(index + 1)"
            guard !phrase.isEmpty else {
                findings.append(Finding(source: source, position: position, reason: "empty phrase"))
                continue
            }
            guard seen.insert(CaseFolding.fold(phrase)).inserted else {
                findings.append(
                    Finding(
                        source: source, position: position, reason: "duplicate phrase '\(phrase)'", severity: .warning))
                continue
            }
            entries.append(phrase)
        }
        return (entries, findings)
    }

    /// Reads every `*.tsv` file of `directory`; a missing folder gives an empty lexicon, an
    /// unreadable file a finding.
    public static func load(from directory: URL) -> (lexicon: SpeakerLexicon, findings: [Finding]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".tsv") }.sorted()
        var lists: [String: [String]] = [:]
        var findings: [Finding] = []
        for name in names {
            let source = "speakers/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                findings.append(Finding(source: source, reason: "cannot read speaker list"))
                continue
            }
            let parsed = parse(String(decoding: data, as: UTF8.self), source: source)
            lists[String(name.dropLast(4))] = parsed.entries
            findings += parsed.findings
        }
        return (SpeakerLexicon(lists: lists), findings)
    }
}
