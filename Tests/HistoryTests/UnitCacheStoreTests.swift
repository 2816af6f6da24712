import Foundation
import Testing

@testable import History

/// The incremental cache's store: entries read back, and recording a run keeps only the entries it
/// used, for its own output folder.
@Suite struct UnitCacheStoreTests {
    static func key(_ unit: String) -> HistoryStore.UnitCacheKey {
        HistoryStore.UnitCacheKey(unit: unit, content: "c-\(unit)", shaping: "s")
    }

    @Test("Recording a run drops the entries of its folder it did not use, and only those")
    func prune() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let store = try HistoryStore(url: url)
        try store.storeUnits([(Self.key("a"), [1, 2]), (Self.key("b"), [3]), (Self.key("c"), [])], output: "/out")
        try store.storeUnits([(Self.key("a"), [9])], output: "/other")
        #expect(try store.cachedUnit(Self.key("a"), output: "/out") == [1, 2])
        #expect(try store.cachedUnit(Self.key("a"), output: "/other") == [9])
        #expect(
            try store.cachedUnit(HistoryStore.UnitCacheKey(unit: "a", content: "x", shaping: "s"), output: "/out")
                == nil)
        try store.append(
            id: "night", date: Date(timeIntervalSince1970: 1_796_000_000), verbatims: 0, rows: [],
            keepingUnits: HistoryStore.UnitCacheUse(output: "/out", keys: [Self.key("b"), Self.key("c")]))
        #expect(try store.cachedUnit(Self.key("a"), output: "/out") == nil)
        #expect(try store.cachedUnit(Self.key("b"), output: "/out") == [3])
        #expect(try store.cachedUnitCount(output: "/out") == 2)
        #expect(try store.cachedUnit(Self.key("a"), output: "/other") == [9], "another folder's entries stay")
    }

    @Test("Stamps are read back by output folder and shaping, and a restamp replaces the stored one")
    func stamps() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let store = try HistoryStore(url: url)
        let other = HistoryStore.UnitCacheKey(unit: "b", content: "c-b", shaping: "t")
        try store.storeUnits(
            [
                (key: Self.key("a"), archive: [1], stamp: "a@1"), (key: other, archive: [2], stamp: "b@1"),
                (key: Self.key("c"), archive: [3], stamp: nil),
            ], output: "/out")
        #expect(try store.unitStamps(output: "/out", shaping: "s") == ["a": .init(stamp: "a@1", content: "c-a")])
        #expect(try store.unitStamps(output: "/other", shaping: "s").isEmpty)
        try store.restampUnits(
            [(key: Self.key("c"), stamp: "c@2"), (key: Self.key("a"), stamp: "a@2")], output: "/out")
        #expect(
            try store.unitStamps(output: "/out", shaping: "s")
                == ["a": .init(stamp: "a@2", content: "c-a"), "c": .init(stamp: "c@2", content: "c-c")])
        #expect(try store.cachedUnit(Self.key("c"), output: "/out") == [3], "a restamp keeps the archive")
    }
}
