import Foundation

/// Writes a benchmark corpus of a requested size in the formats of `corpora/sample/`:
///
///     OUT/emails/mbox/support-0001.mbox   OUT/emails/eml/000/message-000001.eml
///     OUT/chats/000/chat-000001.txt       OUT/reviews/000/page-000001.html
///     OUT/surveys/nps-0001.csv (UTF-8, `,`)  OUT/surveys/enquete-0002.csv (Windows-1252, `;`, CRLF)
///     OUT/verbatim-config.tsv
///
/// Deterministic: every file draws from its own `SplitMix64` stream derived from the seed and the file's
/// channel and number, so files are written in parallel and the bytes never depend on scheduling.
struct CorpusGenerator: Sendable {
    /// The corpus seed.
    let seed: UInt64
    private let composer: VerbatimComposer

    /// Prepares the phrase bank.
    init(seed: UInt64) {
        self.seed = seed
        composer = VerbatimComposer(bank: PhraseBank())
    }

    /// Writes about `megabytes` MiB under `directory` using all cores; throws the first I/O error.
    func generate(into directory: URL, megabytes: Int) throws -> CorpusSummary {
        try generate(into: directory, plan: CorpusPlan(totalBytes: megabytes << 20))
    }

    /// Writes the files of `plan` under `directory` using all cores; throws the first I/O error.
    func generate(into directory: URL, plan: CorpusPlan) throws -> CorpusSummary {
        let fileManager = FileManager.default
        for sub in ["emails/mbox", "emails/eml", "chats", "reviews", "surveys"] {
            try fileManager.createDirectory(
                at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let config = """
            # Verbatim configuration for a generated Maison Lumen benchmark corpus (verbatim-corpus).
            key\tvalue
            company_domain\tlumen-shop.example
            agent_name\tSophie (Maison Lumen)
            agent_name\tConseiller Marc
            agent_name\tAgent Tom
            bot_name\tLumi (assistant virtuel)

            """
        try Data(config.utf8).write(to: directory.appendingPathComponent("verbatim-config.tsv"))

        let results = JobResults(count: plan.jobs.count)
        DispatchQueue.concurrentPerform(iterations: plan.jobs.count) { index in
            do {
                results.set(index, .success(try run(plan.jobs[index], in: directory)))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var summary = CorpusSummary()
        for result in results.all() {
            summary.add(try result.get())
        }
        return summary
    }

    private func run(_ job: CorpusPlan.Job, in directory: URL) throws -> CorpusSummary {
        var summary = CorpusSummary()
        var buffer: [UInt8] = []
        var madeBucket = false
        func save(_ path: String) throws {
            try FileSink.write(buffer, to: directory.path + "/" + path)
            summary.files += 1
            summary.bytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        func bucketed(_ folder: String, _ stem: String, _ number: Int, _ ext: String) throws -> String {
            let bucket = String(number / 1000).leftPadded(3)
            let sub = "\(folder)/\(bucket)"
            if number % 1000 == 0 || !madeBucket {
                // Batches never straddle a bucket boundary unaligned more than once: create on entry
                // and at each boundary.
                try FileManager.default.createDirectory(
                    at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
                madeBucket = true
            }
            return "\(sub)/\(stem)-\(String(number + 1).leftPadded(6)).\(ext)"
        }
        switch job {
        case .mbox(let index, let bytes):
            var rng = SplitMix64(seed: seed, stream: 1 << 40 | UInt64(index))
            buffer.reserveCapacity(bytes + 8192)
            let writer = MboxWriter(emails: EmailComposer(composer: composer, seed: seed))
            summary.messages += writer.write(stream: index, targetBytes: bytes, &rng, into: &buffer)
            try save("emails/mbox/support-\(String(index + 1).leftPadded(4)).mbox")
        case .survey(let index, let bytes):
            var rng = SplitMix64(seed: seed, stream: 2 << 40 | UInt64(index))
            buffer.reserveCapacity(bytes + 8192)
            let dialect: SurveyWriter.Dialect = index % 2 == 0 ? .commaUTF8 : .frenchExcel
            summary.surveyRows += SurveyWriter(composer: composer).write(
                dialect, stream: index, targetBytes: bytes, &rng, into: &buffer)
            try save("surveys/\(dialect == .commaUTF8 ? "nps" : "enquete")-\(String(index + 1).leftPadded(4)).csv")
        case .emls(let first, let count):
            let emails = EmailComposer(composer: composer, seed: seed)
            for number in first..<first + count {
                var rng = SplitMix64(seed: seed, stream: 3 << 40 | UInt64(number))
                emails.compose(stream: 1_000_000 + number / 50, index: number % 50, &rng, into: &buffer)
                summary.messages += 1
                try save(try bucketed("emails/eml", "message", number, "eml"))
            }
        case .chats(let first, let count):
            let chats = ChatWriter(composer: composer)
            for number in first..<first + count {
                var rng = SplitMix64(seed: seed, stream: 4 << 40 | UInt64(number))
                chats.write(&rng, into: &buffer)
                summary.conversations += 1
                try save(try bucketed("chats", "chat", number, "txt"))
            }
        case .reviews(let first, let count, let perPage):
            let pages = ReviewPageWriter(composer: composer)
            for number in first..<first + count {
                var rng = SplitMix64(seed: seed, stream: 5 << 40 | UInt64(number))
                pages.write(page: number + 1, count: perPage, &rng, into: &buffer)
                summary.reviews += perPage
                try save(try bucketed("reviews", "page", number, "html"))
            }
        }
        return summary
    }
}

extension String {
    /// The string left-padded with zeros to `width` characters (file numbering).
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
