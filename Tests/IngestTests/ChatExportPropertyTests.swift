import Foundation
import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// Whatever the values inside a Telegram, Messenger, Discord or tweet export, the readers return
/// (no trap) with sound output.
@Suite("Chat: app exports and tweets on arbitrary values")
struct ChatExportPropertyTests {
    @Test("Arbitrary JSON values in Telegram, Messenger and Discord exports")
    func arbitraryAppExports() async {
        await propertyCheck(count: 150, input: ReaderPropertyTests.recipe, ReaderPropertyTests.recipe) {
            first, second in
            var builder = JSONValueBuilder(choices: first + second)
            let a = builder.value()
            let b = builder.value()
            let c = builder.value()
            let telegram = #"""
                {"name": \#(a), "type": "personal_chat", "id": \#(b), "messages": [
                 {"type": "message", "date_unixtime": \#(a), "date": \#(b), "from": \#(b), "from_id": \#(c), "text": \#(c)},
                 {"type": "service", "actor": \#(a), "action": \#(b)}, \#(c)]}
                """#
            let account =
                #"{"personal_information": {"user_id": \#(a), "first_name": \#(b)}, "chats": {"list": [\#(telegram), \#(c)]}, "left_chats": \#(a)}"#
            let messenger = #"""
                {"participants": [{"name": "x"}, \#(a)], "thread_path": \#(b), "messages": [
                 {"sender_name": \#(b), "timestamp_ms": \#(a), "content": \#(c), "type": \#(b), "is_unsent": \#(a)}, \#(c)]}
                """#
            let discord = #"""
                {"guild": {}, "channel": {"id": \#(a)}, "messages": [
                 {"type": \#(b), "timestamp": \#(a), "content": \#(c), "author": {"name": \#(b), "nickname": \#(c), "isBot": \#(a)}}, \#(c)]}
                """#
            for json in [telegram, account, messenger, discord] {
                let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
                ReaderPropertyTests.expectSound(output, "export \(json.prefix(300))")
            }
        }
    }

    @Test(
        "Recognition and reading agree on any header: a file is tweets for the sniffer exactly when the reader reads it as tweets"
    )
    func headerAgreement() async {
        let names = [
            "tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id",
            "Inbound ",
            "comment", "NPS", "author", "id",
        ]
        await propertyCheck(count: 200, input: ReaderPropertyTests.recipe) { picks in
            let header = picks.prefix(8).map { names[Int($0) % names.count] }
            let delimiter = [",", ";", "\t"][Int(picks.last ?? 0) % 3]
            let row = header.map { _ in "x" }
            let csv = header.joined(separator: delimiter) + "\n" + row.joined(separator: delimiter) + "\n"
            let sniffed = FormatSniffer.format(of: Array(csv.utf8)[...], relativePath: "t.csv") == .chatCSV
            let read = TweetThreadReader.read(Array(csv.utf8), path: "t.csv", options: shopOptions)
            let readAsTweets = !read.findings.contains { $0.reason.hasPrefix("no tweet header") }
            #expect(sniffed == readAsTweets, "\(header)")
        }
    }

    @Test("Arbitrary cells and reply links in a tweet export")
    func arbitraryTweets() async {
        await propertyCheck(count: 150, input: ReaderPropertyTests.recipe, ReaderPropertyTests.structured) {
            links, tail in
            var csv = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            for (index, link) in links.enumerated() {
                let inbound = ["True", "False", "", "maybe"][Int(link % 4)]
                csv +=
                    "\(index % 7),a\(link % 3),\(inbound),Tue Oct 31 22:10:47 +0000 2017,mot \(link),\(link % 5),\(link % 9).0\n"
            }
            let bytes = Array(csv.utf8) + tail
            ReaderPropertyTests.expectSound(
                Ingestor.read(bytes, format: .chatCSV, path: "t.csv", options: shopOptions), "tweets \(links)")
        }
    }
}
