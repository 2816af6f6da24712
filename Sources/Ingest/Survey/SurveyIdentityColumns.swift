/// The columns of a survey export that say who answered: an e-mail address, a phone number or an
/// order number per response (a CRM export joined to the survey, a "your order number" question),
/// read as the response's identity evidence (`IdentityEvidence`), never as an answer.
///
/// A column is one when its header names an address, a phone or an order and half of its sampled
/// cells hold one, or, whatever its header, when four fifths of its sampled cells are short cells
/// that hold one. The respondent id column is left to the respondent (`SurveyReader.Layout` adds it
/// when its header names an identity, `Numéro de commande`, and an address in it is read apart);
/// score, date and other role columns are never identity columns.
enum SurveyIdentityColumns {
    /// Header words, folded, of French and English exports: the default field names of Qualtrics
    /// contact lists (`RecipientEmail`), SurveyMonkey (`Email Address`), Google Forms and Typeform
    /// contact blocks (`Adresse e-mail`, `Phone number`), and the order and ticket fields shops join
    /// to their survey (`Numéro de commande`, `Order ID`, `Ticket`).
    static let headerKeys = [
        "email", "e-mail", "courriel", "recipientemail", "adresse mail", "mail", "telephone", "phone", "portable",
        "mobile", "tel", "gsm", "commande", "order", "ticket", "dossier",
    ]
    /// A cell longer than this is a sentence, not an identifier alone.
    static let shortCell = 60
    static let labelledShare = 0.5
    static let unlabelledShare = 0.8

    /// Whether a folded header names an address, a phone or an order (`headerKeys`).
    static func namesIdentity(_ label: String) -> Bool {
        SurveyColumnRoles.matches(label, keys: headerKeys)
    }

    /// The identity columns among `labels` (folded) for `sample` rows; `excluded` are the columns
    /// other roles hold.
    static func detect(
        folded labels: [String], sample: [[String]], excluded: Set<Int>, options: IdentityOptions
    ) -> [Int] {
        let scanner = IdentityScanner(options: options)
        var columns: [Int] = []
        for (column, label) in labels.enumerated() where !excluded.contains(column) {
            var filled = 0
            var identified = 0
            for row in sample.prefix(50) where column < row.count {
                let cell = SchemaOrgReviewCollector.trim(row[column])
                guard !cell.isEmpty else { continue }
                filled += 1
                if cell.utf8.count <= shortCell, scanner.scan(cell) != IdentityScanner.Found() { identified += 1 }
            }
            guard filled > 0 else { continue }
            let share = Double(identified) / Double(filled)
            let labelled = namesIdentity(label)
            if share >= (labelled ? labelledShare : unlabelledShare) { columns.append(column) }
        }
        return columns
    }
}
