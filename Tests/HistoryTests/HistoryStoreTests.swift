import Aggregation
import Foundation
import Testing

@testable import History

@Suite struct HistoryStoreTests {
    static func snapshot(_ touchpoint: String, n: Int, negative: Int) -> AggregateSnapshot {
        AggregateSnapshot(
            touchpoint: touchpoint, theme: "", count: n, negative: negative, positive: n - negative,
            nps: NPSTally(promoters: 3, passives: 1, detractors: 2))
    }

    @Test func theNextRunFindsThePreviousOneAndTheTrailingWeeks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let day: TimeInterval = 86_400
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        do {
            let store = try HistoryStore(url: url)
            for offset in 0..<5 {
                try store.append(
                    id: "run-\(offset)", date: start.addingTimeInterval(Double(offset) * 7 * day), verbatims: 100,
                    rows: [Self.snapshot("delivery", n: 100, negative: 20 + offset)])
            }
        }
        // A new process opens the same file.
        let store = try HistoryStore(url: url)
        let now = start.addingTimeInterval(35 * day)
        let previous = try #require(try store.previousRun(before: now))
        #expect(previous.id == "run-4")
        #expect(previous.rows == [Self.snapshot("delivery", n: 100, negative: 24)])
        let trailing = try store.runs(from: now.addingTimeInterval(-28 * day), to: now)
        #expect(trailing.map(\.id) == ["run-1", "run-2", "run-3", "run-4"])
    }

    @Test func rerunningTheSameDateReplacesIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let store = try HistoryStore(url: url)
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        try store.append(
            id: "2026-11-18", date: date, verbatims: 10, rows: [Self.snapshot("delivery", n: 10, negative: 9)])
        try store.append(
            id: "2026-11-18", date: date, verbatims: 10, rows: [Self.snapshot("delivery", n: 10, negative: 1)])
        let runs = try store.runs(from: .distantPast, to: .distantFuture)
        #expect(runs.count == 1)
        #expect(runs.first?.rows.first?.negative == 1)
    }
}
