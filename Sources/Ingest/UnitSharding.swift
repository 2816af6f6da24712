public import VerbatimModel

/// The sharding policy of a run: mailboxes larger than the target are split at message boundaries
/// (`MboxSharding`) and survey exports between records (`SurveySharding`), so that one huge file is
/// read in pieces by several tasks and never held whole with its analysis. Other units stay whole.
public enum UnitSharding {
    /// `units` with each large mailbox and survey export replaced by its shards, in order; a file
    /// that cannot be split is read whole, with a warning in `findings`.
    public static func shard(_ units: [IngestUnit], targetBytes: Int, findings: inout [Finding]) -> [IngestUnit] {
        var result: [IngestUnit] = []
        for unit in units {
            guard unit.format == .mbox || unit.format == .survey, unit.byteRange == nil, unit.fileSize > targetBytes
            else {
                result.append(unit)
                continue
            }
            if unit.format == .survey {
                result.append(contentsOf: surveyShards(of: unit, targetBytes: targetBytes, findings: &findings))
            } else {
                result.append(contentsOf: mailboxShards(of: unit, targetBytes: targetBytes, findings: &findings))
            }
        }
        return result
    }

    /// The shards of a mailbox larger than `targetBytes`, cut at message boundaries.
    static func mailboxShards(of unit: IngestUnit, targetBytes: Int, findings: inout [Finding]) -> [IngestUnit] {
        do {
            return try MboxSharding.shards(ofFileAt: unit.path, targetBytes: targetBytes).map { piece in
                var shard = unit
                shard.byteRange = piece.range
                shard.ordinalBase = piece.ordinalBase
                return shard
            }
        } catch {
            return unsplit(unit, "the mailbox", error, findings: &findings)
        }
    }

    /// The shards of a survey export larger than `targetBytes`, cut between records.
    static func surveyShards(of unit: IngestUnit, targetBytes: Int, findings: inout [Finding]) -> [IngestUnit] {
        do {
            let pieces = try SurveySharding.shards(ofFileAt: unit.path, targetBytes: targetBytes)
            guard pieces.count > 1 else { return [unit] }
            return pieces.map { piece in
                var shard = unit
                shard.byteRange = piece.range
                shard.ordinalBase = piece.shard.recordBase
                shard.surveyShard = piece.shard
                return shard
            }
        } catch {
            return unsplit(unit, "the survey export", error, findings: &findings)
        }
    }

    /// A file whose cuts could not be found is read whole, with a warning saying why.
    private static func unsplit(
        _ unit: IngestUnit, _ what: String, _ error: any Error, findings: inout [Finding]
    ) -> [IngestUnit] {
        findings.append(
            Finding(
                source: unit.relativePath, reason: "could not split \(what), read whole: \(error)", severity: .warning))
        return [unit]
    }
}
