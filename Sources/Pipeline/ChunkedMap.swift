/// A pure function applied to every item of a list in parallel, in chunks, at most `jobs` chunks
/// at once, the results in the items' order: how a run recognises the corpus files and scans the
/// mail headers before reading (one task per file would cost more than most files take).
enum ChunkedMap {
    /// `transform` of each of `items`, in order.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], chunk: Int, jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        let chunks = (items.count + chunk - 1) / chunk
        var results = [[Output]](repeating: [], count: chunks)
        await withTaskGroup(of: (Int, [Output]).self) { group in
            var next = 0
            func launch() {
                let index = next
                let slice = items[(index * chunk)..<min(items.count, (index + 1) * chunk)]
                group.addTask { (index, slice.map(transform)) }
                next += 1
            }
            while next < chunks && next < max(1, jobs) { launch() }
            while let (index, mapped) = await group.next() {
                results[index] = mapped
                if next < chunks { launch() }
            }
        }
        return Array(results.joined())
    }
}
