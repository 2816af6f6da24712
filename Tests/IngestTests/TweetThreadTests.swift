import Foundation
import Testing
import VerbatimModel

@testable import Ingest

@Suite("Chat: support tweets (CSV) read as threads, not as a survey")
struct TweetThreadTests {
    private static let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"

    private func read(_ csv: String, path: String = "social/t.csv", options: IngestOptions = shopOptions)
        -> IngestOutput
    {
        Ingestor.read(Array(csv.utf8), format: .chatCSV, path: path, options: options)
    }

    @Test("A conversation per thread, company replies skipped and named, customers' tweets in time order")
    func fixture() throws {
        let bytes = try fixtureBytes("chat", "tweets.csv")
        #expect(FormatSniffer.format(of: bytes[...], relativePath: "social/tweets.csv") == .chatCSV)
        let output = Ingestor.read(bytes, format: .chatCSV, path: "social/tweets.csv", options: shopOptions)
        #expect(output.format == "chat-csv (tweets)")
        #expect(
            output.verbatims.map(\.text) == [
                "@LumiereSAV ma commande n'est jamais arrivée & personne ne répond", "@LumiereSAV c'est fait merci",
                "@LumiereHelp the dimmer buzzes, any fix?", "@502 @LumiereHelp same here >:(",
                "@LumiereSAV toujours pas de remboursement",
            ])
        let threads = output.verbatims.map { $0.conversation?.replacingOccurrences(of: "social/tweets.csv#", with: "") }
        #expect(threads == ["9", "9", "20", "20", "30"])
        #expect(output.skipped == [.agent: 2])
        #expect(output.verbatims.allSatisfy { $0.channel == .chat })
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 11, day: 24, hour: 9, minute: 0))
        #expect(output.verbatims.first?.source.position == "row 3")
        #expect(output.verbatims[0].customer == output.verbatims[1].customer)
        #expect(output.verbatims[2].customer != output.verbatims[3].customer)
        // Author 501 writes in thread 9 and again in thread 30: one customer, two contacts.
        let again =
            try fixtureBytes("chat", "tweets.csv")
            + Array("40,501,True,Fri Nov 27 08:00:00 +0000 2026,@LumiereSAV et maintenant ?,,\n".utf8)
        let twice = Ingestor.read(again, format: .chatCSV, path: "social/tweets.csv", options: shopOptions)
        #expect(twice.verbatims.last?.customer == output.verbatims[0].customer)
        #expect(twice.verbatims.last?.conversation != output.verbatims[0].conversation)
        #expect(output.company.map(\.speaker) == ["LumiereHelp", "LumiereSAV"])
        #expect(output.company.allSatisfy { $0.role == .agent && $0.reason == "inbound False (company account)" })
        #expect(output.findings.isEmpty)
    }

    @Test(
        "Recognised by its header, whatever the file's name or delimiter; without a thread link it stays a survey",
        arguments: [
            (
                header + "1,501,True,Tue Nov 24 09:00:00 +0000 2026,@Shop colis perdu,,\n", "twcs.csv",
                InputFormat.chatCSV
            ),
            ("\u{FEFF}" + header + "1,501,True,,hi,,\n", "export.txt", .chatCSV),
            ("tweet_id;author_id;inbound;text;in_response_to_tweet_id\n1;501;True;colis perdu;\n", "t.csv", .chatCSV),
            ("id,author_id,inbound,text\n1,501,True,colis perdu\n", "t.csv", .survey),
        ])
    func recognition(content: String, path: String, expected: InputFormat) {
        #expect(FormatSniffer.format(of: Array(content.utf8)[...], relativePath: path) == expected)
    }

    @Test("A reply whose parent is missing starts its own thread; a loop of replies is one thread and ends")
    func brokenLinks() {
        let csv =
            Self.header + """
                1,501,True,Tue Nov 24 09:00:00 +0000 2026,@Shop first words,,2
                2,502,True,Tue Nov 24 09:01:00 +0000 2026,@Shop second words,,1
                3,503,True,Tue Nov 24 09:02:00 +0000 2026,@Shop an orphan reply,,404
                4,504,True,Tue Nov 24 09:03:00 +0000 2026,@Shop ids written as floats,,3.0

                """
        let output = read(csv)
        #expect(
            output.verbatims.compactMap(\.conversation) == [
                "social/t.csv#1", "social/t.csv#1", "social/t.csv#3", "social/t.csv#3",
            ])
    }

    @Test("customer_name keeps an outbound author a customer; a row without text is a finding, an odd date a warning")
    func overridesAndBadRows() {
        var options = shopOptions
        options.customerNames = ["ShopFan"]
        let csv =
            Self.header + """
                1,ShopFan,False,Tue Nov 24 09:00:00 +0000 2026,@Shop love the new lamps but delivery was slow,,
                2,501
                3,502,True,Tue Nov 99 09:00:00 +0000 2026,@Shop where is my parcel,,

                """
        let output = read(csv, options: options)
        #expect(
            output.verbatims.map(\.text) == [
                "@Shop love the new lamps but delivery was slow", "@Shop where is my parcel",
            ])
        #expect(output.company.isEmpty)
        #expect(output.findings.map(\.position) == ["row 3", "row 4"])
        #expect(output.findings.map(\.severity) == [.error, .warning])
        #expect(output.verbatims.last?.date == nil)
    }
}
