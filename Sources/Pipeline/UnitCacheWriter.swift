import History
import VerbatimModel

/// The ordered consumer's side of the incremental cache: stores the archives the unit tasks made,
/// a batch per transaction (a few MB: one transaction per unit would be slow, one per run would
/// hold every archive in memory), and keeps the keys the run used, so that committing the run
/// drops the others (`HistoryStore.append(keepingUnits:)`). A reused entry whose file was hashed
/// again (its stamp changed, its bytes did not) gets the new stamp, in the same batches.
struct UnitCacheWriter {
    /// Archive bytes gathered before a transaction writes them.
    static let batchBytes = 8 << 20

    let cache: UnitCache
    /// The history's file name, for the warning of a failed write.
    let historyName: String
    private var pending: [(key: UnitCache.Key, archive: [UInt8], stamp: String?)] = []
    private var restamps: [(key: UnitCache.Key, stamp: String)] = []
    private var pendingBytes = 0
    private var used: Set<UnitCache.Key> = []
    /// Set by the first failed write: the run goes on without storing more.
    private var failed = false

    init(cache: UnitCache, historyName: String) {
        self.cache = cache
        self.historyName = historyName
    }

    /// What the run keeps of the cache when it commits.
    var use: HistoryStore.UnitCacheUse { HistoryStore.UnitCacheUse(output: cache.output, keys: used) }

    /// Takes one unit's outcome; a failed write is a warning in `findings`.
    mutating func note(_ outcome: UnitCache.Outcome, findings: inout [Finding]) {
        guard let key = outcome.key else { return }
        used.insert(key)
        guard !failed else { return }
        if let archive = outcome.archive {
            pending.append((key, archive, outcome.stamp))
            pendingBytes += archive.count
        } else if let stamp = outcome.stamp {
            restamps.append((key, stamp))
            pendingBytes += stamp.utf8.count + key.unit.utf8.count
        }
        if pendingBytes >= Self.batchBytes { flush(findings: &findings) }
    }

    /// Writes what is pending, in one transaction.
    mutating func flush(findings: inout [Finding]) {
        defer {
            pending = []
            restamps = []
            pendingBytes = 0
        }
        guard !failed, !pending.isEmpty || !restamps.isEmpty else { return }
        do {
            try cache.store.storeUnits(pending, output: cache.output)
            try cache.store.restampUnits(restamps, output: cache.output)
        } catch {
            failed = true
            findings.append(
                Finding(
                    source: historyName,
                    reason: "the incremental cache could not be written (\(error)); "
                        + "the next run analyses these inputs again", severity: .warning))
        }
    }
}
