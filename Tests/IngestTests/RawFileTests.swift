import Foundation
import Testing

@testable import Ingest

/// `RawFile` is the one owner of the memory behind a file's bytes: what it hands out is the file's
/// bytes, no more, whatever the range asked for.
@Suite("Raw file: the owner of the file bytes")
struct RawFileTests {
    private func withFile(_ bytes: [UInt8], _ body: ([UInt8]) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rawfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("f.txt")
        try Data(bytes).write(to: url)
        try body(Array(url.path.utf8))
    }

    @Test("The mapped span, the prefix and the ranges are the file's bytes", arguments: [0, 1, 4095, 4096, 10_000])
    func spansAndRangesAreTheFileBytes(size: Int) throws {
        let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try withFile(content) { path in
            let mapped = try RawFile.withMappedBytes(of: path) { span in span.indices.map { span[$0] } }
            #expect(mapped == content)
            #expect(try RawFile.prefix(of: path, count: 100) == Array(content.prefix(100)))
            #expect(try RawFile.bytes(of: path, range: nil) == content)
            #expect(try RawFile.bytes(of: path, range: 0..<min(size, 10)) == Array(content.prefix(10)))
            // A range past the end of the file gives nothing rather than reading beyond it.
            #expect(try RawFile.bytes(of: path, range: 0..<(size + 1)) == [])
            #expect(RawFile.size(of: path) == size)
        }
    }

    @Test func aFolderIsRefused() throws {
        let folder = Array(FileManager.default.temporaryDirectory.path.utf8)
        #expect(throws: RawFile.Failure.self) { try RawFile.prefix(of: folder, count: 10) }
        #expect(throws: RawFile.Failure.self) { try RawFile.withMappedBytes(of: folder) { $0.count } }
    }
}
