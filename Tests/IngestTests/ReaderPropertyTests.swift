import Foundation
import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// Whatever bytes or JSON values reach a reader, it returns (no trap), every date it keeps is in
/// 1990–2100, every score is on its documented scale and every finding says why.
@Suite("Every reader on arbitrary input")
struct ReaderPropertyTests {
    /// Bytes biased towards what the parsers branch on, in every format.
    static let structured = Gen<UInt8?>.element(of: Array("<>/=\"'[]{}:,.-+e9870 \n\r\t;@aZé\\\u{0}".utf8))
        .map { $0 ?? 0x20 }
        .array(of: 0...300)
    static let raw = Gen.uint8().array(of: 0...300)
    static let recipe = Gen.uint8().array(of: 1...60)

    /// The invariants every reader's output keeps.
    static func expectSound(_ output: IngestOutput, _ label: String) {
        for verbatim in output.verbatims {
            if let date = verbatim.date { #expect(PlausibleDateRange.contains(date), "\(label): date \(date)") }
            let scores = verbatim.scores
            if let nps = scores.nps { #expect((0...10).contains(nps), "\(label): NPS \(nps)") }
            if let csat = scores.csat { #expect((1...5).contains(csat), "\(label): CSAT \(csat)") }
            if let ces = scores.ces {
                #expect(
                    (1...(scores.cesScale ?? 7)).contains(ces) && [5, 7].contains(scores.cesScale ?? 0),
                    "\(label): CES \(ces)")
            }
            if let rating = scores.rating {
                #expect(rating.isFinite && (0...1).contains(rating), "\(label): rating \(rating)")
            }
        }
        #expect(output.findings.allSatisfy { !$0.reason.isEmpty }, "\(label): a finding without a reason")
    }

    static func readAll(_ bytes: [UInt8]) {
        for format in InputFormat.allCases {
            expectSound(Ingestor.read(bytes, format: format, path: "p", options: shopOptions), "\(format)")
        }
    }

    @Test("Arbitrary bytes, read as every format")
    func arbitraryBytes() async {
        await propertyCheck(count: 150, input: Self.structured, Self.raw) { structured, raw in
            Self.readAll(structured)
            Self.readAll(raw)
        }
    }

    @Test("Arbitrary bytes after a plausible start of every format")
    func plausibleStarts() async {
        let starts = [
            "From: a@b.example\nDate: 1 Jan 2026 10:00 +0000\nContent-Type: multipart/mixed; boundary=B\n\n--B\n",
            "From x 1 2\nFrom: a@b.example\n\n", "[10:02] Client: ", "[{\"sender\": \"Client\", \"text\": \"",
            "<script type=\"application/ld+json\">{\"@type\": \"Review\", \"reviewRating\": {\"ratingValue\": ",
            "Date,NPS (0-10),CES (1-7),CSAT,Commentaire\n2026-11-22,",
            "<div itemscope itemtype=\"https://schema.org/Review\">",
        ].map { Array($0.utf8) }
        await propertyCheck(count: 100, input: Self.structured) { tail in
            for start in starts { Self.readAll(start + tail) }
        }
    }

    @Test("Arbitrary JSON values in chat messages and JSON-LD reviews")
    func arbitraryJSON() async {
        await propertyCheck(count: 200, input: Self.recipe, Self.recipe) { first, second in
            var builder = JSONValueBuilder(choices: first + second)
            let time = builder.value()
            let text = builder.value()
            let any = builder.value()
            let chat =
                #"[{"sender": "Client", "text": "Colis perdu.", "timestamp": \#(time)}, {"role": "user", "content": \#(text), "ts": \#(any)}, \#(any)]"#
            for format in [InputFormat.chatJSON, .chatText] {
                Self.expectSound(
                    Ingestor.read(Array(chat.utf8), format: format, path: "c.json", options: shopOptions),
                    "chat \(chat.prefix(300))")
            }
            let lines = #"{"sender": "Client", "text": \#(text), "time": \#(time)}"# + "\n" + any + "\n"
            Self.expectSound(
                Ingestor.read(Array(lines.utf8), format: .chatJSON, path: "c.jsonl", options: shopOptions), "lines")
            let rating = #"{"ratingValue": \#(time), "bestRating": \#(text), "worstRating": \#(any)}"#
            let review =
                #"{"@type": "Review", "reviewBody": \#(text), "datePublished": \#(time), "reviewRating": \#(rating), "review": \#(any)}"#
            let page = "<html><head><script type=\"application/ld+json\">\(review)</script></head><body></body></html>"
            Self.expectSound(
                Ingestor.read(Array(page.utf8), format: .reviewHTML, path: "r.html", options: shopOptions),
                "review \(review.prefix(300))")
        }
    }
}
