import Foundation

/// One slot per parallel job, filled from `DispatchQueue.concurrentPerform` workers. The lock makes the
/// class safe to share; results are read back in job order, so the summary does not depend on timing.
final class JobResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<CorpusSummary, any Error>?]

    /// `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Stores the outcome of job `index`.
    func set(_ index: Int, _ result: Result<CorpusSummary, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// Every outcome in job order (an unfilled slot reads as an empty summary).
    func all() -> [Result<CorpusSummary, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .success(CorpusSummary()) }
    }
}
