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
            if let ces = scores.ces { #expect((1...(scores.cesScale ?? 7)).contains(ces) && [5, 7].contains(scores.cesScale ?? 0), "\(label): CES \(ces)") }
            if let rating = scores.rating { #expect(rating.isFinite && (0...1).contains(rating), "\(label): rating \(rating)") }
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
            "Date,NPS (0-10),CES (1-7),CSAT,Commentaire\n2026-11-22,", "<div itemscope itemtype=\"https://schema.org/Review\">",
        ].map { Array($0.utf8) }
        await propertyCheck(count: 100, input: Self.structured) { tail in
            for start in starts { Self.readAll(start + tail) }
        }
    }

    @Test("Arbitrary JSON values in chat messages and JSON-LD reviews")
    func arbitraryJSON() async {
        await propertyCheck(count: 200, input: Self.recipe, Self.recipe) { first, second in
            var builder = JSONValueBuilder(choices: first + second)
            let time = builder.value(), text = builder.value(), any = builder.value()
            let chat = #"[{"sender": "Client", "text": "Colis perdu.", "timestamp": \#(time)}, {"role": "user", "content": \#(text), "ts": \#(any)}, \#(any)]"#
            for format in [InputFormat.chatJSON, .chatText] {
                Self.expectSound(Ingestor.read(Array(chat.utf8), format: format, path: "c.json", options: shopOptions), "chat \(chat.prefix(300))")
            }
            let lines = #"{"sender": "Client", "text": \#(text), "time": \#(time)}"# + "\n" + any + "\n"
            Self.expectSound(Ingestor.read(Array(lines.utf8), format: .chatJSON, path: "c.jsonl", options: shopOptions), "lines")
            let rating = #"{"ratingValue": \#(time), "bestRating": \#(text), "worstRating": \#(any)}"#
            let review = #"{"@type": "Review", "reviewBody": \#(text), "datePublished": \#(time), "reviewRating": \#(rating), "review": \#(any)}"#
            let page = "<html><head><script type=\"application/ld+json\">\(review)</script></head><body></body></html>"
            Self.expectSound(Ingestor.read(Array(page.utf8), format: .reviewHTML, path: "r.html", options: shopOptions), "review \(review.prefix(300))")
        }
    }
}

/// Builds a JSON value from a list of choices (so the property library can generate and shrink
/// it): scalars drawn from the values that broke readers before (huge, negative, non-integral,
/// infinite in words, far dates), arrays, objects with the keys readers look at, deep nesting.
struct JSONValueBuilder {
    let choices: [UInt8]
    private var index = 0

    init(choices: [UInt8]) { self.choices = choices }

    static let scalars = [
        "1e30", "1e308", "-1e30", "-1e308", "12345678901234567890", "-9223372036854775809", "1.5", "0", "-1", "4",
        "1795341735", "1795341735000", "1795341735000000", "1795341735000000000", "5e-324", "99999999999999999999999999",
        "\"Infinity\"", "\"NaN\"", "\"-Infinity\"", "\"1e30\"", "\"2026-11-22T10:02:15Z\"", "\"9999-12-31\"",
        "\"0000-00-00\"", "\"54936299-03-02\"", "\"Review\"", "\"Client\"", "\"user\"", "\"Colis perdu.\"", "true",
        "null", "\"\"", "\"12345678901234567890/5\"", "\"4,5\"", "\"-5\"", "\"1795341735000000000\"",
        "\"99999999999999999999999999\"",
    ]
    static let keys = [
        "timestamp", "text", "sender", "role", "ts", "date", "@type", "reviewBody", "reviewRating", "ratingValue",
        "bestRating", "worstRating", "datePublished", "messages", "author", "content", "review", "@graph",
    ]

    private mutating func next() -> Int {
        defer { index += 1 }
        return index < choices.count ? Int(choices[index]) : 0
    }

    mutating func value(depth: Int = 0) -> String {
        let choice = next() % 10
        switch choice {
        case 0..<5:
            return Self.scalars[next() % Self.scalars.count]
        case 5 where depth < 5, 6 where depth < 5:
            return "[" + (0..<(next() % 4)).map { _ in value(depth: depth + 1) }.joined(separator: ", ") + "]"
        case 7 where depth < 5, 8 where depth < 5:
            let members = (0..<(next() % 4)).map { _ in "\"\(Self.keys[next() % Self.keys.count])\": \(value(depth: depth + 1))" }
            return "{" + members.joined(separator: ", ") + "}"
        case 9:
            let levels = 200 + next() * 8
            return String(repeating: "[", count: levels) + Self.scalars[next() % Self.scalars.count]
                + String(repeating: "]", count: levels)
        default:
            return Self.scalars[next() % Self.scalars.count]
        }
    }
}
