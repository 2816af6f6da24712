import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Hostile nesting (MIME, JSON, HTML) never overflows the stack nor makes a record vanish: the
/// deepest text is recovered and a warning says where the limit was met.
@Suite("Nesting depth limits")
struct NestingDepthTests {
    /// A mail whose text part sits `levels` multiparts deep.
    static func nestedMail(levels: Int) -> [UInt8] {
        var mail = "From: client@example.org\nSubject: Colis\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"
        for level in 0..<levels {
            mail += "--b\(level)\nContent-Type: multipart/mixed; boundary=\"b\(level + 1)\"\n\n"
        }
        mail += "--b\(levels)\nContent-Type: text/plain; charset=utf-8\n\nMon colis est perdu.\n--b\(levels)--\n"
        for level in stride(from: levels - 1, through: 0, by: -1) { mail += "--b\(level)--\n" }
        return Array(mail.utf8)
    }

    @Test("MIME nesting within the limit is read without a warning", arguments: [1, 20, 63])
    func shallowMime(levels: Int) {
        let output = Ingestor.read(Self.nestedMail(levels: levels), format: .eml, path: "m.eml", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Mon colis est perdu."])
        #expect(output.findings.isEmpty)
    }

    @Test("MIME nesting beyond the limit keeps the innermost text part, with a warning", arguments: [64, 100, 5_000])
    func deepMime(levels: Int) throws {
        let output = Ingestor.read(Self.nestedMail(levels: levels), format: .eml, path: "m.eml", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Mon colis est perdu."])
        let finding = try #require(output.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.reason.hasPrefix("MIME nesting deeper than 64 levels at byte "))
        #expect(finding.reason.hasSuffix("; innermost text part kept"))
    }

    @Test("A chat export with 100,000 nested brackets keeps its messages, with a warning")
    func deepJSONChat() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let json =
            #"[{"sender": "Client", "text": "Colis perdu.", "meta": \#(deep)}, {"sender": "Client", "text": "Toujours rien."}]"#
        let output = Ingestor.read(Array(json.utf8), format: .chatJSON, path: "c.json", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Colis perdu.", "Toujours rien."])
        let finding = try #require(output.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.reason.hasPrefix("JSON nesting deeper than 256 levels at byte "))
    }

    @Test("Unbalanced deep JSON is an error row, not a crash")
    func truncatedDeepJSON() {
        let output = Ingestor.read(
            Array(String(repeating: "{\"a\":[", count: 100_000).utf8), format: .chatJSON,
            path: "c.json", options: shopOptions)
        #expect(output.verbatims.isEmpty)
        #expect(output.findings.contains { $0.severity == .error })
    }

    @Test("The nesting limit leaves shallow JSON alone and replaces only the too-deep value")
    func limiter() {
        let shallow = Array(#"{"a": ["[{", {"b": [1, 2]}]}"#.utf8)
        #expect(JSONNestingLimit.limit(shallow).bytes == shallow && JSONNestingLimit.limit(shallow).tooDeepAt == nil)
        let opening = String(repeating: "[", count: 256)
        let closing = String(repeating: "]", count: 256)
        let deep = Array((opening + #"[1, "]", [2]], 3"# + closing).utf8)
        let limited = JSONNestingLimit.limit(deep)
        #expect(String(decoding: limited.bytes, as: UTF8.self) == opening + "null, 3" + closing)
        #expect(limited.tooDeepAt == 256)
    }

    @Test("A microdata review nested 100,000 elements deep keeps its text, with a warning")
    func deepMicrodata() throws {
        let depth = 100_000
        let html =
            "<html><body><div itemscope itemtype=\"https://schema.org/Review\">"
            + "<span itemprop=\"author\">Marie</span>"
            + String(repeating: "<div class=\"w\">", count: depth)
            + "<p itemprop=\"reviewBody\">Livraison très lente.</p>"
            + String(repeating: "</div>", count: depth) + "</div></body></html>"
        let output = Ingestor.read(Array(html.utf8), format: .reviewHTML, path: "r.html", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Livraison très lente."])
        let finding = try #require(output.findings.first)
        #expect(finding.severity == .warning && finding.reason.hasPrefix("HTML nesting deeper than 256 levels"))
    }

    /// Every level an item that is a property of the one above: `ancestor::` queries over such a
    /// tree grew with the square of its depth (a run that never ended) before the tree was bounded.
    @Test("Items nested as properties 30,000 levels deep are read, with a warning")
    func deepNestedItems() {
        let depth = 30_000
        let html =
            "<html><body><div itemscope itemtype=\"https://schema.org/Review\">"
            + "<p itemprop=\"reviewBody\">Lent.</p>"
            + String(repeating: "<div itemscope itemprop=\"x\" typeof=\"T\" property=\"p\">", count: depth)
            + String(repeating: "</div>", count: depth) + "</div></body></html>"
        let output = Ingestor.read(Array(html.utf8), format: .reviewHTML, path: "r.html", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Lent."])
        #expect(
            output.findings.contains { $0.severity == .warning && $0.reason.hasPrefix("HTML nesting deeper than 256") })
    }

    @Test("JSON-LD nested too deep keeps the review beside it, with a warning")
    func deepJSONLD() throws {
        let deep = String(repeating: "{\"x\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000)
        let html =
            #"<script type="application/ld+json">[{"@type": "Review", "reviewBody": "Très bien."}, \#(deep)]</script>"#
        let output = Ingestor.read(Array(html.utf8), format: .reviewHTML, path: "r.html", options: shopOptions)
        #expect(output.verbatims.map(\.text) == ["Très bien."])
        #expect(output.findings.map(\.severity) == [.warning])
        #expect(output.findings.first?.position == "JSON-LD block 1")
    }
}
