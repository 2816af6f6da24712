import Aggregation
import Foundation
import GRDB
import Testing

@testable import History

/// A damaged history is set aside and a fresh one started; a sound one is kept as it is.
@Suite struct HistoryHealingTests {
    enum Damage: String, CaseIterable {
        case randomBytes, truncated, overwrittenPage
    }

    static let day = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30

    /// A real history of a few pages: 20 nights of 60 rows.
    static func history(at url: URL) throws {
        let store = try HistoryStore(url: url)
        for night in 0..<20 {
            let rows = (0..<60).map { index in
                AggregateSnapshot(
                    touchpoint: "touchpoint-\(index)", theme: "theme-\(index % 7)", count: 100, negative: index,
                    positive: 100 - index, nps: NPSTally(promoters: 3, passives: 1, detractors: 2))
            }
            try store.append(
                id: "night-\(night)", date: day.addingTimeInterval(Double(night - 30) * 86_400), verbatims: 100,
                rows: rows,
                generation: HistoryStore.Generation(output: "/out", name: "g\(night)"))
        }
    }

    static func damage(_ url: URL, _ damage: Damage) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func noise() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        switch damage {
        case .randomBytes: bytes = (0..<bytes.count).map { _ in noise() }
        case .truncated: bytes = Array(bytes.prefix(bytes.count / 2))
        case .overwrittenPage:
            // Page 2 onwards holds the tables' b-trees; the header on page 1 stays valid.
            #expect(bytes.count > 3 * 4_096)
            for index in 4_096..<8_192 { bytes[index] = noise() }
        }
        try Data(bytes).write(to: url)
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-heal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: Damage.allCases)
    func aDamagedHistoryIsSetAsideAndAFreshOneStarted(_ damage: Damage) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history.sqlite")
        try Self.history(at: url)
        try Self.damage(url, damage)
        let damaged = try Data(contentsOf: url)

        let opening = try HistoryStore.openHealing(url: url, on: Self.day)
        let aside = try #require(opening.setAside)
        #expect(aside.lastPathComponent == "history.sqlite.corrupt-2026-11-30")
        #expect(try Data(contentsOf: aside) == damaged)
        #expect(opening.damage != nil)
        // The fresh store works and starts empty.
        #expect(try opening.store.runs(from: .distantPast, to: .distantFuture).isEmpty)
        try opening.store.append(id: "tonight", date: Self.day, verbatims: 1, rows: [])
        #expect(try HistoryStore(url: url).runs(from: .distantPast, to: .distantFuture).map(\.id) == ["tonight"])
    }

    @Test func aSecondDamagedHistoryOnTheSameDayGetsANumber() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history.sqlite")
        for expected in ["history.sqlite.corrupt-2026-11-30", "history.sqlite.corrupt-2026-11-30-2"] {
            try Data(repeating: 0x5A, count: 10_000).write(to: url)
            let opening = try HistoryStore.openHealing(url: url, on: Self.day)
            #expect(opening.setAside?.lastPathComponent == expected)
        }
    }

    @Test func aSoundHistoryIsKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history.sqlite")
        try Self.history(at: url)
        let opening = try HistoryStore.openHealing(url: url, on: Self.day)
        #expect(opening.setAside == nil)
        #expect(try opening.store.runs(from: .distantPast, to: .distantFuture).count == 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history.sqlite"])
    }

    @Test("A sound file holding text where a count belongs is an error to read, not a trap")
    func aValueOfTheWrongTypeIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history.sqlite")
        try Self.history(at: url)
        try DatabaseQueue(path: url.path).write {
            try $0.execute(sql: "UPDATE aggregate SET n = 'many' WHERE rowid = 1")
        }
        let store = try HistoryStore(url: url)
        #expect(throws: (any Error).self) { try store.runs(from: .distantPast, to: .distantFuture) }
    }

    @Test func theLastGenerationIsRecordedPerOutputFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try HistoryStore(url: folder.appendingPathComponent("history.sqlite"))
        #expect(try store.lastGeneration(output: "/a") == nil)
        try store.append(id: "n1", date: Self.day, verbatims: 1, rows: [], generation: .init(output: "/a", name: "g1"))
        try store.append(
            id: "n2", date: Self.day.addingTimeInterval(86_400), verbatims: 1, rows: [],
            generation: .init(output: "/b", name: "g2"))
        try store.append(
            id: "n3", date: Self.day.addingTimeInterval(2 * 86_400), verbatims: 1, rows: [],
            generation: .init(output: "/a", name: "g3"))
        #expect(try store.lastGeneration(output: "/a") == "g3")
        #expect(try store.lastGeneration(output: "/b") == "g2")
    }
}
