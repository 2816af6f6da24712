extension SurveyReader {
    /// The response's identity evidence: its identity columns (`SurveyIdentityColumns`), a
    /// respondent id that is an e-mail address, and what its answers hold; all its answers carry it.
    static func evidence(of row: SurveyRow, answers: [String], layout: Layout, options: IngestOptions) -> [String] {
        var evidence = IdentityEvidence(options: options)
        let respondent = row.cell(layout.roles.respondent)
        if respondent.containsBytes("@") { evidence.scan(respondent) }
        for column in layout.identity { evidence.scan(row.cell(column)) }
        for answer in answers { evidence.scan(answer) }
        return evidence.sorted
    }
}
