import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// Arbitrary header lines between a valid `From:` and the body: never a trap, never a rejected
/// message, and the sender is always the customer.
@Suite("Email: arbitrary header lines")
struct EmailHeaderPropertyTests {
    /// One header line: bytes biased towards what the header parser branches on (colons, spaces,
    /// dashes, 8-bit bytes, CR), never a line break, never a leading space (which would continue the
    /// `From:` field above it, a legitimate change of its value).
    static let line = Gen<UInt8?>.element(of: Array("Ab-: \t\r=;\"(),@.x9\u{00E9}".utf8) + [0xFF, 0x80, 0x00])
        .map { $0 ?? 0x41 }
        .array(of: 0...40)
        .map { bytes in
            bytes.enumerated().compactMap {
                $0.offset == 0 && ($0.element == 0x20 || $0.element == 0x09) ? 0x58 : $0.element
            }
        }
    static let lines = line.array(of: 0...6)

    @Test("Arbitrary header lines never trap and never reject a message with a valid From")
    func arbitraryHeaderLines() async {
        let expected = CustomerKey.key(for: "lea@exemple.fr", secret: "test-secret")
        await propertyCheck(count: 300, input: Self.lines) { lines in
            var bytes = Array("From: Lea <lea@exemple.fr>\n".utf8)
            for line in lines { bytes += line + [0x0A] }
            bytes += Array("Subject: Colis\n\nMon colis n'est jamais arrivé.\n".utf8)
            let output = EmlReader.read(bytes, path: "p.eml", options: shopOptions)
            #expect(output.findings.allSatisfy { $0.severity == .warning })
            #expect(output.verbatims.count + output.skipped.values.reduce(0, +) >= 1)
            #expect(output.verbatims.allSatisfy { $0.customer == expected })
        }
    }
}
