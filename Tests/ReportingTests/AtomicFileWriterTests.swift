import Foundation
import Testing

@testable import Reporting

@Suite struct AtomicFileWriterTests {
    @Test func anUncommittedReportNeverReplacesThePreviousOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbatim-aw-\(UUID().uuidString)")
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
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbatim-aw-\(UUID().uuidString)")
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

/// A full disk is said plainly, with the report's name.
@Suite struct ReportWriteErrorTests {
    @Test func aFullDeviceIsNamedWithTheReport() throws {
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("verbatims.csv")
        // Writes to /dev/full fail with ENOSPC; the writer must not remove it when it gives up.
        let writer = try AtomicFileWriter(destination: destination, temporary: "/dev/full", removesTemporary: false)
        do {
            for _ in 0..<3 { try writer.write(String(repeating: "x", count: 1 << 20)) }
            try writer.commit()
            Issue.record("writing to a full device succeeded")
        } catch let error as ReportWriteError {
            #expect(error.isOutOfSpace)
            #expect("\(error)" == "no space left on device while writing verbatims.csv")
        }
        #expect(FileManager.default.fileExists(atPath: "/dev/full"))
        #expect(!FileManager.default.fileExists(atPath: destination.path))
    }
}
