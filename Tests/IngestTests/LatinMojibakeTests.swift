import PropertyBased
import Testing

@testable import Ingest

@Suite("Chat: UTF-8 escaped as Latin-1 (Messenger, Instagram) is repaired, nothing else")
struct LatinMojibakeTests {
    @Test(
        "Repaired only when the whole string is such an encoding and decodes cleanly",
        arguments: [
            ("Chlo\u{C3}\u{A9}", "Chloé"), ("c\u{E2}\u{80}\u{99}est", "c’est"), ("\u{F0}\u{9F}\u{98}\u{9E}", "😞"),
            ("No\u{EB}l", "Noël"), ("déjà vu", "déjà vu"), ("plain text", "plain text"), ("Ã© €", "Ã© €"),
            ("\u{C3}", "\u{C3}"), ("", ""),
        ])
    func repair(written: String, expected: String) {
        #expect(LatinMojibake.repaired(written) == expected)
    }

    @Test("Any string: kept, or replaced by the UTF-8 its scalars spell as bytes")
    func anyString() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...40)) { bytes in
            let written = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            let repaired = LatinMojibake.repaired(written)
            #expect(repaired == written || Array(repaired.utf8) == bytes)
        }
    }
}
