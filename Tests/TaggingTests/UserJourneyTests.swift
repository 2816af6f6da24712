import Foundation
import Lexicons
import Tagging
import Testing
import VerbatimModel

/// A journey file the analyst writes is loaded at run time and checked against the taxonomy.
struct UserJourneyTests {
    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journey-\(UUID().uuidString).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a user journey with a typo stops the load at its line")
    func typo() throws {
        let url = try write(
            "# my journey\norder\ttouchpoint\tlabel_fr\tlabel_en\tthemes\n1\tdelivery\tLivraison\tDelivery\tdelivery, livrason\n"
        )
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try Tagger(lexiconDirectory: TaggingFixture.lexicons, journey: url)
        } throws: { error in
            (error as? LexiconError)?.description == "\(url.path):3: unknown theme 'livrason' in touchpoint delivery"
        }
    }

    @Test("a user journey places verbatims with its own touchpoints")
    func custom() throws {
        let url = try write(
            "# two steps\norder\ttouchpoint\tlabel_fr\tlabel_en\tthemes\tchannels\n"
                + "1\tbefore\tAvant\tBefore\tprice, payment\n2\tafter\tAprès\tAfter\tdelivery, delivery_delay, refund\temail\n"
        )
        defer { try? FileManager.default.removeItem(at: url) }
        let tagger = try Tagger(lexiconDirectory: TaggingFixture.lexicons, journey: url)
        #expect(tagger.touchpoints == ["before", "after", "other"])
        let tags = tagger.tag(
            TaggingFixture.verbatim("Trop cher, et le colis est en retard"), language: .fr,
            sentiment: TaggingFixture.flat(-0.5))
        #expect(tags.themes.map(\.theme) == ["price", "delivery_delay"])
        #expect(tags.touchpoint == "before")
        // Themes outside the journey are not looked for.
        let outside = tagger.tag(
            TaggingFixture.verbatim("Le chatbot tourne en rond", channel: .email), language: .fr, sentiment: .neutral)
        #expect(outside.themes.isEmpty)
        #expect(outside.touchpoint == "after")
    }
}
