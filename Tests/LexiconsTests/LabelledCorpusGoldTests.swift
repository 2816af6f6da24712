import Foundation
import Lexicons
import Testing

/// The gold file of the labelled CX corpus (`corpora/labelled/cx-gold.tsv`, issue 16) is well formed:
/// `make eval` joins it to the tool's verbatims, so a misspelt touchpoint, speaker or polarity, a
/// snippet too short to be unique or a row naming a missing file would silently skew every figure.
/// The tool is never run on the set here: accuracy is measured by `scripts/eval-cx.py`, not tested.
@Suite("Labelled CX gold lint")
struct LabelledCorpusGoldTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let labelled = repository.appendingPathComponent("corpora/labelled", isDirectory: true)
    static let columns = ["file", "snippet", "speaker", "lang", "touchpoint", "polarity", "signals", "note"]
    static let speakers: Set = ["customer", "agent", "bot", "system"]
    static let polarities: Set = ["neg", "neu", "pos"]
    /// The signal names the reports write (`HotspotTable.codeSignals` and the signal lexicons' ids).
    static let signals: Set = [
        "churn", "effort", "urgency", "repeat-contact", "channel-switch", "incoherence", "bot-loop", "transfer",
        "escalation",
    ]

    static func gold() throws -> TSVTable {
        try TSVTable(contentsOf: labelled.appendingPathComponent("cx-gold.tsv"))
    }

    /// The touchpoint ids of the e-commerce journey, the ones the gold may use.
    static func touchpoints() throws -> Set<String> {
        let journey = try TSVTable(
            contentsOf: repository.appendingPathComponent("lexicons/journeys/ecommerce.tsv"))
        let column = try journey.column("touchpoint")
        return Set(journey.rows.map { $0[column] }).union(["other"])
    }

    @Test("the header says what the file is and where it comes from, with the expected columns")
    func header() throws {
        let text = try String(contentsOf: Self.labelled.appendingPathComponent("cx-gold.tsv"), encoding: .utf8)
        let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comments.contains("issue 16"), "the header comment must give the source")
        #expect(text == text.precomposedStringWithCanonicalMapping, "file must be NFC")
        #expect(try Self.gold().columns == Self.columns)
    }

    @Test("every row has a known speaker, language, touchpoint, polarity and signals")
    func labels() throws {
        let gold = try Self.gold()
        let touchpoints = try Self.touchpoints()
        for row in gold.rows {
            #expect(row.cells.count <= Self.columns.count, "line \(row.line): too many cells")
            #expect(Self.speakers.contains(row[2]), "line \(row.line): speaker '\(row[2])'")
            #expect(["fr", "en"].contains(row[3]), "line \(row.line): lang '\(row[3])'")
            #expect(touchpoints.contains(row[4]), "line \(row.line): touchpoint '\(row[4])'")
            #expect(Self.polarities.contains(row[5]), "line \(row.line): polarity '\(row[5])'")
            for signal in row[6].split(separator: ",") {
                #expect(Self.signals.contains(String(signal)), "line \(row.line): signal '\(signal)'")
            }
        }
    }

    @Test("every snippet is long enough, unique in its file, free of addresses, and names a corpus file")
    func snippets() throws {
        let gold = try Self.gold()
        var seen: [String: Int] = [:]
        var files: Set<String> = []
        for row in gold.rows {
            let snippet = row[1]
            #expect(snippet.count >= 15, "line \(row.line): snippet shorter than 15 characters")
            #expect(!snippet.contains("@"), "line \(row.line): the reports mask e-mail addresses")
            let key = row[0] + "\t" + snippet
            if let previous = seen[key] { Issue.record("line \(row.line): same snippet as line \(previous)") }
            seen[key] = row.line
            files.insert(row[0])
        }
        for file in files {
            let path = Self.labelled.appendingPathComponent("cx").appendingPathComponent(file).path
            #expect(FileManager.default.fileExists(atPath: path), "no corpus file \(file)")
        }
    }

    @Test("the set holds at least 400 customer utterances in both languages")
    func volume() throws {
        let customers = try Self.gold().rows.filter { $0[2] == "customer" }
        #expect(customers.count >= 400)
        for language in ["fr", "en"] {
            #expect(customers.filter { $0[3] == language }.count >= 150, "too few \(language) utterances")
        }
    }
}
