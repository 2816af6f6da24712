import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// Arbitrary bytes never crash or hang a reader: every input ends as verbatims, skips or findings.
@Suite("Email and chat readers on arbitrary bytes")
struct EmailAndChatFuzzTests {
    /// Random bytes, biased towards the characters the parsers branch on.
    static let structured = Gen<UInt8?>.element(of: Array("From: =?Q?B[]()/:-\n\r >-=_\"{}<>\\,0123456789aAbé\t".utf8))
        .map { $0 ?? 0x20 }
        .array(of: 0...400)
    /// Uniformly random bytes.
    static let raw = Gen.uint8().array(of: 0...400)

    @Test("Email readers")
    func email() async {
        await propertyCheck(count: 300, input: Self.structured, Self.raw) { structured, raw in
            for bytes in [
                structured, raw,
                Array("From: a@b.c\nContent-Type: multipart/mixed; boundary=B\n\n--B\n".utf8) + structured,
            ] {
                let eml = EmlReader.read(bytes, path: "f.eml", options: shopOptions)
                #expect(
                    eml.verbatims.count + eml.skipped.values.reduce(0, +)
                        + eml.findings.filter { $0.severity == .error }.count == 1)
                let box = MboxReader.read(
                    Array("From x 1 2\n".utf8) + bytes, path: "f.mbox", ordinalBase: 0, options: shopOptions)
                #expect(box.verbatims.allSatisfy { !$0.text.isEmpty })
            }
        }
    }

    @Test("Chat readers")
    func chat() async {
        await propertyCheck(count: 300, input: Self.structured, Self.raw) { structured, raw in
            for bytes in [structured, raw, Array("[10:02] Client: ".utf8) + structured] {
                let text = ChatTranscriptReader.read(bytes, path: "t.txt", options: shopOptions)
                #expect(text.verbatims.allSatisfy { !$0.text.isEmpty })
                let json = ChatJSONReader.read(bytes, path: "t.json", options: shopOptions)
                #expect(json.verbatims.allSatisfy { !$0.text.isEmpty })
            }
        }
    }
}
