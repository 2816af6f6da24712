import Foundation
import PersonalData
import Testing
import VerbatimModel

@testable import Ingest

/// The identity lists an analyst edits (`lexicons/identity/*.tsv`): each says what it is and where
/// its entries come from, has the `entry<TAB>note` header, and no empty or duplicate entry.
@Suite("Identity lists: lint")
struct IdentityListLintTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/identity")

    @Test(
        "Every identity list opens with a comment citing its sources, then the header row, and has no bad row",
        arguments: [IdentityLexicon.genericAddressesFile, IdentityLexicon.notOrderPrefixesFile])
    func lint(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("# ") == true)
        #expect(lines.contains { $0.hasPrefix("# SOURCES:") }, "\(file) must cite its sources")
        #expect(lines.first { !$0.hasPrefix("#") && !$0.isEmpty } == "entry\tnote")
        #expect(!text.contains("\r"))
        let parsed = SpeakerLexicon.parse(text, source: file)
        #expect(parsed.findings.isEmpty, "\(parsed.findings.map(\.reason))")
        #expect(!parsed.entries.isEmpty)
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 2, "\(file): \(line)")
        }
        #expect(repositoryIdentity.findings.isEmpty)
    }

    @Test("Order prefixes are capitals as the scanner reads them; generic entries are lowercase")
    func entryShapes() {
        let lexicon = repositoryIdentity.lexicon
        #expect(lexicon.notOrderPrefixes.allSatisfy { $0.utf8.allSatisfy(TextBoundary.isUpper) })
        #expect(lexicon.notOrderPrefixes.allSatisfy { OrderNumberScanner.letters.contains($0.count) })
        #expect(lexicon.genericLocalParts.allSatisfy { $0 == $0.lowercased() && !$0.contains("@") })
        #expect(lexicon.isGeneric("no-reply+42@exemple.fr"))
        #expect(lexicon.isGeneric("x9k2@marketplace.amazon.co.uk"))
        #expect(!lexicon.isGeneric("noreen@exemple.fr"))
    }
}
