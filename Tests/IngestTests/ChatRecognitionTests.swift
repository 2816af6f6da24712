import Testing
import VerbatimModel

@testable import Ingest

/// Recognition asks the readers' own grammars: a file is recognised as a chat exactly when the chat
/// reader's grammar reads it as one.
@Suite("Format recognition: the readers' grammars")
struct ChatRecognitionTests {
    /// Every line layout the transcript grammar reads, saved as `.txt`, is recognised as a chat and
    /// read with one turn per line: a layout added to `ChatStampParser` is recognised with no
    /// change to the sniffer.
    @Test(arguments: ChatStampParser.layoutExamples)
    func everyLayoutTheGrammarReadsIsRecognisedAsText(line: String) throws {
        let parsed = try #require(ChatStampParser.parse(Array(line.utf8), from: 0, to: line.utf8.count))
        #expect(parsed.speaker != nil)
        let transcript = Array((line + "\n" + line + " encore\n").utf8)
        for path in ["chat.txt", "conversations/2026-11-22", "export.log"] {
            #expect(FormatSniffer.format(of: transcript[...], relativePath: path) == .chatText, "\(path)")
        }
        let output = ChatTranscriptReader.read(transcript, path: "chat.txt", options: shopOptions)
        #expect(output.verbatims.count + output.skipped.values.reduce(0, +) == 2)
    }

    /// Files with times, dates or brackets in them that no chat reader reads are not chats.
    @Test(arguments: [
        // Prose with times in it, even at the start of lines.
        ("Le livreur est passé à 10:02, puis à 10:45.\nJ'ai appelé à 11:00 : personne.\n", "plainte.txt"),
        ("10:02 : le livreur sonne.\n10:05 : il repart sans le colis.\n10:30 : j'appelle.\n", "journal.txt"),
        ("Rendez-vous le 16/04/2019 à 10:02, merci de confirmer.\nCordialement,\nLéa\n", "mot.txt"),
        // Log files: Logback, Log4j, an access log, a server error log, Maven.
        ("10:02:11.123 [main] INFO  c.e.App - Started\n10:02:12.456 [main] WARN  c.e.Db - Slow: 1200 ms\n", "app.log"),
        ("2025-03-14 10:02:11,123 INFO [main] Started\n2025-03-14 10:02:12,456 WARN [db] Slow: 1200 ms\n", "app.log"),
        ("127.0.0.1 - - [14/Mar/2025:10:02:11 +0100] \"GET / HTTP/1.1\" 200 512\n", "access.log"),
        ("[Fri Mar 14 10:02:11.123 2025] [core:error] [pid 42] AH00126: Invalid URI\n", "error.log"),
        ("[INFO] Scanning for projects...\n[INFO] BUILD SUCCESS\n[INFO] Total time: 10:02 min\n", "build.txt"),
        ("[general]\nname=Boutique\nopens=10:02\n", "settings.txt"),
    ])
    func textThatIsNoChatIsNotRecognisedAsOne(content: String, path: String) {
        let format = FormatSniffer.format(of: Array(content.utf8)[...], relativePath: path)
        #expect(format != .chatText && format != .chatJSON && format != .chatCSV, "\(String(describing: format))")
    }

    /// A CSV whose rows start with a date and a time is a survey or nothing, never a chat.
    @Test func aCSVWithTimesIsNoChat() {
        let csv = "Date;Heure;Commentaire\n2026-11-01;10:02;Livreur : absent\n2026-11-02;11:15;Top : merci\n"
        #expect(FormatSniffer.format(of: Array(csv.utf8)[...], relativePath: "avis.csv") == .survey)
        let headerless = "2026-11-01 10:02,3,Livreur : absent\n2026-11-02 11:15,9,Top : merci\n"
        #expect(FormatSniffer.format(of: Array(headerless.utf8)[...], relativePath: "avis.csv") == nil)
    }

    /// JSON exports are still recognised whatever their first value, and whitespace before it.
    @Test(arguments: [
        "[{\"from\": \"client\"}]", "[\n  {\"from\": \"client\"}\n]", "{\"messages\": []}", "[]", "{}", "[\"a\"]",
        "[1]", "[-1]", "[true]", "[null]", "[[]]", "\u{FEFF}{\"a\": 1}", "[",
    ])
    func jsonStillOpensAnExport(content: String) {
        #expect(FormatSniffer.format(of: Array(content.utf8)[...], relativePath: "export.dat") == .chatJSON)
    }
}
