public import VerbatimModel

/// What a column of a survey export holds, as a mapping file names it.
public enum SurveyColumnRole: String, Sendable, Hashable, CaseIterable {
    /// Net Promoter answer, 0–10.
    case nps
    /// Customer Effort Score where high means easy ("made it easy", "facile").
    case ces
    /// Customer Effort Score where high means hard ("how much effort"), reversed at ingest.
    case cesEffort = "ces-effort"
    /// Satisfaction, 1–5.
    case csat
    /// An open comment; several columns may have this role.
    case comment
    /// Respondent identifier (hashed before it leaves the reader).
    case respondent = "id"
    /// Response date.
    case date
    /// Journey step, touchpoint or channel.
    case touchpoint
    /// Declared language of the response (`fr`, `EN`, `French`).
    case language
    /// Never read, even when its header looks like a role.
    case ignore
}

/// Overrides automatic column detection for survey exports whose headers say nothing useful
/// (`Q7`, `Champ 3`).
///
/// File format (UTF-8 TSV, `#` comments): a header line `column<TAB>role`, then one line per
/// column: the header text as it appears in the export (case and accents ignored; for Qualtrics the
/// column id such as `Q7` is enough) and one of the `SurveyColumnRole` names.
public struct SurveyColumnMapping: Sendable, Hashable {
    /// Folded header text → role.
    public var roles: [String: SurveyColumnRole]

    /// A mapping from header texts (matched case- and accent-insensitively) to roles.
    public init(roles: [String: SurveyColumnRole] = [:]) {
        self.roles = [:]
        for (header, role) in roles { self.roles[SurveyColumnRoles.fold(header)] = role }
    }

    /// True when there is nothing to override.
    public var isEmpty: Bool { roles.isEmpty }

    /// Parses a mapping file; unknown roles and malformed lines are findings.
    public static func parse(_ text: String, source: String) -> (mapping: SurveyColumnMapping, findings: [Finding]) {
        var roles: [String: SurveyColumnRole] = [:]
        var findings: [Finding] = []
        var sawHeader = false
        for (offset, rawLine) in text.textLines().enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader {
                sawHeader = true
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard cells.count >= 2, let role = SurveyColumnRole(rawValue: SurveyColumnRoles.fold(cells[1])),
                !SurveyColumnRoles.fold(cells[0]).isEmpty
            else {
                findings.append(
                    Finding(
                        source: source, position: "line \(offset + 1)",
                        reason:
                            "expected a header text, a tab and one of \(SurveyColumnRole.allCases.map(\.rawValue).joined(separator: ", "))",
                        ordinal: offset))
                continue
            }
            roles[cells[0]] = role
        }
        return (SurveyColumnMapping(roles: roles), findings)
    }

    /// The role the mapping gives a column label, if any: exact (folded) match, or the label's
    /// first word (a Qualtrics label is `Q7 question text`).
    func role(for label: String) -> SurveyColumnRole? {
        let folded = SurveyColumnRoles.fold(label)
        if let role = roles[folded] { return role }
        if let space = folded.firstIndex(of: " "), let role = roles[String(folded[..<space])] { return role }
        return nil
    }
}
