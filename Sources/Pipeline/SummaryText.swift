import VerbatimModel

/// The short run summary printed on stderr.
public enum SummaryText {
    /// A few lines: what was read, what was skipped, what hurts most, where the reports are.
    public static func render(_ summary: RunSummary, output: String) -> String {
        var lines: [String] = []
        let megabytes = Double(summary.bytes) / 1_048_576
        let rate = summary.seconds > 0 ? Double(summary.verbatims) / summary.seconds : 0
        lines.append(
            "verbatim: \(summary.files) inputs\(summary.units > summary.files ? " in \(summary.units) pieces" : "") "
                + "(\(format(megabytes, 1)) MB) → \(summary.verbatims) verbatims "
                + "in \(format(summary.seconds, 2)) s (\(Int(rate)) verbatims/s)")
        let channels = summary.byChannel.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        let languages = summary.byLanguage.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        lines.append(
            "  channels: \(channels.joined(separator: ", "))   languages: \(languages.joined(separator: ", "))")
        // The column mapping each survey was read with, so an analyst can check it (and override it
        // with --survey-mapping when detection got a column wrong).
        for format in summary.formats.keys.sorted() where format.hasPrefix("survey") {
            lines.append("  \(format)")
        }
        for extra in summary.extraLexicons { lines.append("  extra lexicon \(extra)") }
        if summary.scoreOnlyResponses > 0 {
            lines.append(
                "  responses with a score but no comment (surveys, star-only reviews): \(summary.scoreOnlyResponses)")
        }
        if !summary.skipped.isEmpty {
            let skipped = summary.skipped.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            lines.append("  skipped on purpose: \(skipped.joined(separator: ", "))")
        }
        if let company = companyLine(summary.company) { lines.append(company) }
        if summary.people > 0 { lines.append(peopleLine(summary)) }
        if summary.outsideDateWindow > 0 {
            lines.append("  left out by --since/--until: \(summary.outsideDateWindow)")
        }
        if let previous = summary.previousRun {
            lines.append("  compared with the run of \(previous): \(summary.significantChanges) significant changes")
        }
        for (index, hotspot) in summary.topHotspots.enumerated() {
            lines.append(
                "  hot spot \(index + 1): \(hotspot.touchpoint) (\(hotspot.count) verbatims, "
                    + "\(Int((hotspot.negativeShare * 100).rounded())) % negative)")
        }
        if let aside = summary.historySetAside {
            lines.append(
                "  The run history was damaged; it was set aside as \(aside) and a new one started: "
                    + "trends start again from tonight.")
        }
        let problems = summary.errors + summary.warnings
        lines.append(
            problems == 0
                ? "  no input problem; reports in \(output)/"
                : "  \(summary.errors) inputs rejected, \(summary.warnings) warnings: see \(output)/errors.csv")
        return lines.joined(separator: "\n")
    }

    /// `taken for the company: 12 speakers in 11 files (agent 11, bot 1)`, so that an analyst knows
    /// to check them (summary.html and manifest.json list each one with its reason); nil when none.
    static func companyLine(_ byFile: [String: [CompanyAttribution]]) -> String? {
        let all = byFile.values.joined()
        guard !all.isEmpty else { return nil }
        var byRole: [SkipReason: Int] = [:]
        for attribution in all { byRole[attribution.role, default: 0] += 1 }
        let roles = byRole.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        let speakers = all.count == 1 ? "1 speaker" : "\(all.count) speakers"
        let files = byFile.count == 1 ? "1 file" : "\(byFile.count) files"
        return "  taken for the company: \(speakers) in \(files) "
            + "(\(roles.joined(separator: ", "))): see summary.html or manifest.json"
    }

    /// `people: 40, 6 in 2+ channels (15 %), 9 customer keys merged`: one key per person (issue 18).
    static func peopleLine(_ summary: RunSummary) -> String {
        let share = Int((100 * Double(summary.multiChannelPeople) / Double(max(summary.people, 1))).rounded())
        var line = "  people: \(summary.people), \(summary.multiChannelPeople) in 2+ channels (\(share) %), "
        line += "\(summary.personMerges) customer keys merged"
        if summary.sharedEvidence > 0 {
            line += ", \(summary.sharedEvidence) shared evidence keys ignored (errors.csv)"
        }
        return line
    }

    private static func format(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(abs(scaled) % Int(scale))
        return "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}
