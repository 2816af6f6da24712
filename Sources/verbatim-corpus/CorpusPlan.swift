/// How a byte budget is split into files: which file each parallel job writes. Pure arithmetic on the
/// requested size, so the same size always gives the same files whatever the thread count.
struct CorpusPlan: Sendable {
    /// One unit of parallel work.
    enum Job: Sendable {
        /// One mbox file of about `bytes`.
        case mbox(index: Int, bytes: Int)
        /// Consecutive `.eml` files, chat transcripts or review pages.
        case emls(first: Int, count: Int)
        case chats(first: Int, count: Int)
        case reviews(first: Int, count: Int)
        /// One survey export of about `bytes`; even indexes are comma UTF-8, odd ones French Excel.
        case survey(index: Int, bytes: Int)
    }

    /// The jobs, largest first so that the pool finishes together.
    let jobs: [Job]

    /// Reviews per generated page.
    static let reviewsPerPage = 40
    /// Size of an mbox or survey file (the sizes a monthly mailbox or export has).
    static let bigFileBytes = 4 << 20

    /// Splits `totalBytes`: 40 % mbox, 5 % .eml, 10 % chats, 20 % review pages, 25 % surveys. The
    /// per-file averages were measured on generated output; the total lands within a few percent.
    init(totalBytes: Int) {
        var jobs: [Job] = []
        func bigFiles(_ budget: Int, minimum: Int) -> [Int] {
            let count = max(minimum, (budget + Self.bigFileBytes / 2) / Self.bigFileBytes)
            return Array(repeating: max(4096, budget / count), count: count)
        }
        for (index, bytes) in bigFiles(totalBytes * 40 / 100, minimum: 1).enumerated() {
            jobs.append(.mbox(index: index, bytes: bytes))
        }
        for (index, bytes) in bigFiles(totalBytes * 25 / 100, minimum: 2).enumerated() {
            jobs.append(.survey(index: index, bytes: bytes))
        }
        func batches(_ budget: Int, averageBytes: Int, batch: Int, _ make: (Int, Int) -> Job) {
            let count = max(1, budget / averageBytes)
            var first = 0
            while first < count {
                jobs.append(make(first, min(batch, count - first)))
                first += batch
            }
        }
        batches(totalBytes * 20 / 100, averageBytes: 17_000, batch: 40) { .reviews(first: $0, count: $1) }
        batches(totalBytes * 10 / 100, averageBytes: 1_400, batch: 500) { .chats(first: $0, count: $1) }
        batches(totalBytes * 5 / 100, averageBytes: 1_200, batch: 500) { .emls(first: $0, count: $1) }
        self.jobs = jobs
    }
}
