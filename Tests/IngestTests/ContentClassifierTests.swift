import Foundation
import PropertyBased
import Testing

@testable import Ingest

@Suite struct ContentClassifierTests {
    /// Seeded bytes, the same on every run (SplitMix64).
    static func noise(count: Int, seed: UInt64, avoiding excluded: Set<UInt8> = []) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        while bytes.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            let byte = UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
            if !excluded.contains(byte) { bytes.append(byte) }
        }
        return bytes
    }

    static func utf16LE(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
        return bytes
    }

    @Test(arguments: [
        ([0x1F, 0x8B, 0x08, 0x00], "gzip archive"),
        (Array("PK\u{3}\u{4}".utf8), "zip archive"),
        (Array("BZh91AY&SY".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD, 0x00], "zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00], "7z archive"),
        (Array("Rar!\u{1A}\u{7}\u{0}".utf8), "rar archive"),
        (Array("%PDF-1.7\n".utf8), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02], "ELF executable"),
        (Array("SQLite format 3\u{0}".utf8), "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE2 compound file"),
    ])
    func magicNumbersNameTheKind(prefix: [UInt8], kind: String) {
        #expect(ContentClassifier.binaryKind(of: (prefix + Array("id;NPS;Comment\n".utf8))[...]) == kind)
    }

    @Test func aTarArchiveIsFoundByItsHeaderAtByte257() {
        var header = Array("export.csv".utf8) + [UInt8](repeating: 0, count: 512)
        header.replaceSubrange(257..<262, with: Array("ustar".utf8))
        #expect(ContentClassifier.binaryKind(of: header[...]) == "tar archive")
    }

    @Test(arguments: [1, 2, 3])
    func randomBytesAreBinaryWithOrWithoutNUL(seed: UInt64) {
        #expect(ContentClassifier.binaryKind(of: Self.noise(count: 8192, seed: seed)[...]) == "binary data")
        #expect(
            ContentClassifier.binaryKind(of: Self.noise(count: 8192, seed: seed, avoiding: [0])[...]) == "binary data")
    }

    @Test(
        arguments: [
            Array("id;NPS;Commentaire\r\n1;9;Très bien\r\n".utf8),
            // Windows-1252: "Très bien, 89 €" — invalid UTF-8, plausible text.
            Array("id;NPS;Commentaire\r\n1;9;Tr".utf8) + [0xE8] + Array("s bien, 89 ".utf8) + [0x80, 0x0D, 0x0A],
            // UTF-16LE with a byte-order mark, as Excel saves "Unicode text".
            [0xFF, 0xFE] + utf16LE("id\tNPS\r\n1\t9\r\n"),
            // A UTF-8 character cut by the end of the 8 KB sample.
            Array(Array("Comment\nCafé".utf8).dropLast()),
            Array("BZh is not a bzip2 header without its digit".utf8),
        ] as [[UInt8]])
    func textIsNotBinary(sample: [UInt8]) {
        #expect(ContentClassifier.binaryKind(of: sample[...]) == nil)
    }

    @Test func randomBytesAfterAUTF16ByteOrderMarkAreBinary() {
        #expect(
            ContentClassifier.binaryKind(of: ([0xFF, 0xFE] + Self.noise(count: 4096, seed: 7))[...]) == "binary data")
    }
}

@Suite struct RecognitionPropertyTests {
    /// Whatever the bytes and the name, recognising a file ends with a unit or a finding (no trap),
    /// and bytes with a NUL that neither open a message nor start with a UTF-16 byte-order mark are
    /// never a survey, chat or mail.
    @Test func arbitraryBytesAreRecognisedOrRejectedNeverTrapped() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("recognise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let names = ["x.csv", "x.txt", "x.eml", "x.json", "x.html", "x.mbox", "x"]
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 1...600), Gen.int(in: 0...(names.count - 1))) {
            bytes, nameIndex in
            let url = root.appendingPathComponent(names[nameIndex])
            #expect(throws: Never.self) { try Data(bytes).write(to: url) }
            let recognition = CorpusWalker.recognise(CorpusFile(url: url, relativePath: names[nameIndex]))
            let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            if bytes.contains(0), !utf16, !FormatSniffer.opensAMessage(bytes[...]), case .unit(let unit) = recognition {
                Issue.record("bytes with a NUL read as \(unit.format)")
            }
        }
    }
}
