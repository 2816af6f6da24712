import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// The speaker lists an analyst edits (`lexicons/speakers/*.tsv`): each says what it is, has the
/// `phrase<TAB>note` header, and no empty or duplicate (once folded) entry.
@Suite("Speaker lists: lint")
struct SpeakerListLintTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/speakers")

    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".tsv") }.sorted()

    @Test("Every speaker list opens with a comment, then the header row, and has no bad row", arguments: files)
    func lint(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("# ") == true, "\(file) must say what it is and where its entries come from")
        #expect(lines.first { !$0.hasPrefix("#") && !$0.isEmpty } == "phrase\tnote")
        #expect(!text.contains("\r"))
        let parsed = SpeakerLexicon.parse(text, source: file)
        #expect(parsed.findings.isEmpty, "\(parsed.findings.map(\.reason))")
        #expect(!parsed.entries.isEmpty)
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count <= 2, "\(file): \(line)")
            #expect(
                line.first?.isWhitespace != true && line.prefix { $0 != "\t" }.last?.isWhitespace != true,
                "\(file): \(line)")
        }
    }

    @Test("Every list the chat readers read is in the folder")
    func chatListsPresent() {
        let names = [
            ChatSpeakerLists.agentLabels, ChatSpeakerLists.botLabels, ChatSpeakerLists.customerLabels,
            ChatSpeakerLists.systemSpeakers, ChatSystemNotices.listName, ChatContentEvidence.greetingList,
            ChatContentEvidence.phraseList, ChatContentEvidence.replyGreetingList, ChatContentEvidence.addresseeList,
            WhatsAppExportName.listName,
        ]
        for name in names {
            #expect(!repositorySpeakers.lexicon[name].isEmpty, "lexicons/speakers/\(name).tsv")
        }
        #expect(repositorySpeakers.findings.isEmpty)
    }
}
