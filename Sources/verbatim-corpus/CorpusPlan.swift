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
        /// Consecutive review pages of `perPage` reviews each.
        case reviews(first: Int, count: Int, perPage: Int)
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
        batches(totalBytes * 20 / 100, averageBytes: 17_000, batch: 40) {
            .reviews(first: $0, count: $1, perPage: Self.reviewsPerPage)
        }
        batches(totalBytes * 10 / 100, averageBytes: 1_400, batch: 500) { .chats(first: $0, count: $1) }
        batches(totalBytes * 5 / 100, averageBytes: 1_200, batch: 500) { .emls(first: $0, count: $1) }
        self.jobs = jobs
    }

    /// Reviews on a page of the drop-folder corpus: a saved page of a product with few reviews.
    static let smallPageReviews = 3
    /// Bytes of a small survey export: a header and a handful of responses.
    static let smallSurveyBytes = 1_200

    /// A drop folder of `files` small files, as a support mailbox export and a week of saved pages
    /// are (issue 17): 45 % single `.eml` messages, 35 % chat transcripts, 10 % review pages of
    /// `smallPageReviews` reviews and 10 % survey exports of a few responses. The bytes come from the
    /// same writers as the sized corpus; only the file count and sizes differ.
    init(smallFiles files: Int) {
        let emls = files * 45 / 100
        let chats = files * 35 / 100
        let reviews = files * 10 / 100
        let surveys = max(0, files - emls - chats - reviews)
        var jobs: [Job] = []
        func batches(_ count: Int, batch: Int, _ make: (Int, Int) -> Job) {
            var first = 0
            while first < count {
                jobs.append(make(first, min(batch, count - first)))
                first += batch
            }
        }
        batches(emls, batch: 500) { .emls(first: $0, count: $1) }
        batches(chats, batch: 500) { .chats(first: $0, count: $1) }
        batches(reviews, batch: 100) { .reviews(first: $0, count: $1, perPage: Self.smallPageReviews) }
        for index in 0..<surveys {
            jobs.append(.survey(index: index, bytes: Self.smallSurveyBytes))
        }
        self.jobs = jobs
    }
}
