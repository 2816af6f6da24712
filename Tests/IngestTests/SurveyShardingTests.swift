import Foundation
import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

/// A large survey export is read in shards so that memory stays bounded; an analyst must not be able
/// to tell: the same responses, scores, positions (`row N`), ordinals, findings and skip counts as
/// reading the file whole.
@Suite("Survey exports read in shards")
struct SurveyShardingTests {
    /// What a reading produced, in a comparable form.
    struct Reading: Equatable {
        var verbatims: [Verbatim]
        var findings: [Finding]
        var skipped: [SkipReason: Int]
        var formats: Set<String>
    }

    static func whole(_ bytes: [UInt8]) -> Reading {
        let output = SurveyReader.read(bytes, path: "s.csv", options: IngestOptions())
        return Reading(
            verbatims: output.verbatims, findings: output.findings, skipped: output.skipped, formats: [output.format])
    }

    /// The file cut by `SurveySharding` and each piece read as the pipeline reads it.
    static func sharded(_ bytes: [UInt8], targetBytes: Int) -> (Reading, pieces: Int) {
        let pieces = SurveySharding.shards(of: bytes.span, targetBytes: targetBytes)
        var reading = Reading(verbatims: [], findings: [], skipped: [:], formats: [])
        for piece in pieces {
            let output =
                pieces.count == 1
                ? SurveyReader.read(bytes, path: "s.csv", options: IngestOptions())
                : SurveyReader.read(
                    shard: Array(bytes[piece.range]), head: Array(bytes[piece.shard.head]), shard: piece.shard,
                    path: "s.csv", options: IngestOptions())
            reading.verbatims += output.verbatims
            reading.findings += output.findings
            reading.skipped.merge(output.skipped, uniquingKeysWith: +)
            reading.formats.insert(output.format)
        }
        return (reading, pieces.count)
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return [UInt8](try Data(contentsOf: root.appendingPathComponent("survey").appendingPathComponent(name)))
    }

    @Test(
        "every fixture export reads the same in shards of any size",
        arguments: ["french-excel.csv", "qualtrics.csv", "surveymonkey.csv", "telco-nps-stages.csv"], [1, 40, 150, 600])
    func fixturesReadTheSame(name: String, targetBytes: Int) throws {
        let bytes = try Self.fixture(name)
        let (reading, pieces) = Self.sharded(bytes, targetBytes: targetBytes)
        #expect(reading == Self.whole(bytes))
        if targetBytes < 150 { #expect(pieces > 1) }
    }

    /// Records built from the bytes the CSV machine reacts to: quoted cells with delimiters, doubled
    /// quotes and line breaks (LF, CRLF, lone CR), blank lines, accented letters, scores.
    static let cell = Gen<String?>.element(of: [
        "9", "10", "0", "3", "", "\"Livraison, en retard\"", "\"il a dit \"\"non\"\"\"", "\"ligne 1\nligne 2\"",
        "\"ligne 1\r\nligne 2\"", "\"fin\rde ligne\"", "très bien", "colis perdu", "a\"b", "\"ouvert",
        "Rembourse", "N/A", "RAS",
    ]).map { $0 ?? "" }
    static let record = zip(cell, cell, cell).map { "R\($0.0.count),\($0.1),\($0.2)" }
    static let lineEnd = Gen<String?>.element(of: ["\n", "\r\n", "\n\n", "\r\n\r\n"]).map { $0 ?? "\n" }
    static let export = zip(zip(record, lineEnd).array(of: 1...40), Gen.int(in: 1...300)).map { rows, target in
        ("id,nps,comment\n" + rows.map { $0.0 + $0.1 }.joined(), target)
    }

    @Test("random exports read the same whole and in shards")
    func randomExportsReadTheSame() async {
        await propertyCheck(count: 300, input: Self.export) { export in
            let bytes = Array(export.0.utf8)
            #expect(Self.sharded(bytes, targetBytes: export.1).0 == Self.whole(bytes))
        }
    }

    @Test("cuts fall after a line feed that ends a record, never inside a CRLF or a quoted cell")
    func cutsAreBetweenRecords() throws {
        let bytes = try Self.fixture("french-excel.csv")
        let pieces = SurveySharding.shards(of: bytes.span, targetBytes: 60)
        #expect(pieces.count > 2)
        #expect(pieces.first?.range.lowerBound == 0)
        #expect(pieces.last?.range.upperBound == bytes.count)
        #expect(pieces.map(\.shard.isLast) == Array(repeating: false, count: pieces.count - 1) + [true])
        for (previous, next) in zip(pieces, pieces.dropFirst()) {
            #expect(previous.range.upperBound == next.range.lowerBound)
            #expect(bytes[previous.range.upperBound - 1] == 0x0A)
            #expect(next.shard.recordBase > previous.shard.recordBase)
        }
        // Every shard decodes with the encoding of the whole file.
        #expect(pieces.allSatisfy { $0.shard.encoding == "windows-1252" })
    }

    @Test("a small file, a UTF-16 file and a file with lone CR line ends are one piece")
    func unsplittable() throws {
        let utf16 = try Self.fixture("excel-unicode-text.txt")
        let lonelyCR = Array("id,nps,comment\r1,9,super\r2,3,nul\r3,10,top\r".utf8)
        for (bytes, target) in [(utf16, 10), (lonelyCR, 5), (try Self.fixture("qualtrics.csv"), 1 << 20)] {
            let pieces = SurveySharding.shards(of: bytes.span, targetBytes: target)
            #expect(pieces.count == 1)
            #expect(pieces.first?.range == 0..<bytes.count)
        }
    }

    @Test("one byte that is not UTF-8 anywhere makes every shard Windows-1252, as for the whole file")
    func encodingIsTheFileEncoding() {
        var bytes = Array("id,nps,comment\n1,9,Très bien\n2,3,Colis perdu\n3,10,Parfait\n".utf8)
        bytes += [0x34, 0x2C, 0x35, 0x2C, 0x63, 0x61, 0x66, 0xE9, 0x0A]  // "4,5,caf\xE9\n" in Windows-1252
        let (reading, pieces) = Self.sharded(bytes, targetBytes: 20)
        #expect(pieces > 1)
        #expect(reading == Self.whole(bytes))
        #expect(reading.verbatims.last?.text == "café")
    }

    @Test("the UTF-8 check agrees with String(validating:) on arbitrary bytes")
    func utf8CheckAgreesWithTheStandardLibrary() async {
        let bytes = Gen<UInt8?>.element(of: [
            0x41, 0x80, 0xBF, 0xC2, 0xC0, 0xE0, 0xA0, 0xED, 0x9F, 0xF0, 0x90, 0xF4, 0x8F, 0xF5,
        ])
        .map { $0 ?? 0x41 }.array(of: 0...24)
        await propertyCheck(count: 500, input: bytes) { bytes in
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(SurveyTextDecoder.isValidUTF8(bytes.span) == expected)
        }
    }
}
