import Foundation
import Testing

@testable import Reporting

@Suite struct AtomicFileWriterTests {
    @Test func anUncommittedReportNeverReplacesThePreviousOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-aw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("hotspots.csv")
        try AtomicFileWriter.write("yesterday\n", to: url)

        do {
            let writer = try AtomicFileWriter(destination: url)
            try writer.write("half a repo")
            // The run dies here: the writer is dropped without commit.
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "yesterday\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["hotspots.csv"])
    }

    @Test func commitReplacesTheFileWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-aw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("verbatims.csv")
        try AtomicFileWriter.write("old\n", to: url)
        let writer = try AtomicFileWriter(destination: url)
        for index in 0..<50_000 { try writer.write("row \(index)\n") }
        try writer.commit()
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 50_000)
        #expect(lines.last == "row 49999")
    }
}
