/// Which column of a survey export holds what, found from French and English headers and checked
/// against the column's content (a score column holds numbers, a comment column holds text).
struct SurveyColumnRoles: Equatable {
    var nps: Int?
    var ces: Int?
    /// CES answered as effort (1 = very low effort, so high = hard): reversed at ingest so that
    /// high always means easy (`SurveyScores.ces`).
    var cesReversed = false
    var cesScale = 5
    var csat: Int?
    var comments: [Int] = []
    var respondent: Int?
    var date: Int?
    var touchpoint: Int?
    var language: Int?
    /// A column saying who wrote the row (`inbound` True/False in Twitter support exports, a
    /// `direction` or `author type` of helpdesk exports): the company's rows are agent messages.
    var direction: Int?

    /// The columns whose role rules out identifiers: scores, respondent, date, touchpoint, language,
    /// direction (comments may still turn out to hold identifiers alone: `SurveyIdentityColumns`).
    var nonIdentity: Set<Int> {
        Set([nps, ces, csat, respondent, date, touchpoint, language, direction].compactMap { $0 })
    }

    // Header keywords, folded (lower case, no accents). Sources: the question wordings of the NPS
    // (Reichheld 2003, "How likely is it that you would recommend…"), CES (CEB/Gartner 2010 and
    // CES 2.0 "made it easy"), CSAT ("How satisfied…"), and the default column names of Qualtrics,
    // SurveyMonkey, Google Forms and Typeform exports.
    static let npsKeys = ["nps", "recommand", "recommend", "likely are you to", "probabilite"]
    static let cesKeys = ["effort", "facile", "facilite", "easy", "ease", "ces", "simple"]
    /// Wordings where a high answer means hard (CES 1.0, "how much effort").
    static let effortKeys = ["effort"]
    static let csatKeys = ["satisf", "csat"]
    static let commentKeys = [
        "comment", "verbatim", "pourquoi", "why", "remarque", "avis", "feedback", "suggestion", "precis", "explain",
        "reason", "raison", "expliqu", "libre", "open-ended", "open ended", "text", "texte", "message", "ameliorer",
        "improve", "tell us", "dites-nous", "dites nous", "anything else", "autre chose", "motif",
    ]
    static let respondentKeys = [
        "respondent id", "response id", "responseid", "_recordid", "respondent", "repondant", "identifiant", "#", "id",
        "response_id", "record id", "numero",
    ]
    static let dateKeys = [
        "recordeddate", "recorded date", "enddate", "end date", "submit date", "submitted at", "submitted", "timestamp",
        "horodateur",
        "horodatage", "response date", "response_date", "date", "startdate", "start date",
    ]
    static let touchpointKeys = [
        "touchpoint", "point de contact", "etape", "step", "stage", "parcours", "journey", "canal", "channel",
        "sub type", "sub_type", "moment",
    ]
    /// Tool metadata whose names look like a role but are not (Qualtrics `DistributionChannel` is
    /// how the invitation was sent, not where the customer was in the journey).
    /// Typeform's `Network ID` fingerprints a device, not a respondent.
    static let metadataColumns = [
        "distributionchannel", "distribution channel", "collector id", "ipaddress", "ip address", "network id",
    ]
    static let languageKeys = ["userlanguage", "language", "langue", "lang", "locale"]
    /// Headers of a message-direction column: `inbound` (the Twitter Customer Support corpus,
    /// Kaggle TWCS), `direction`, `author type`/`sender type`, `is customer`/`from customer`
    /// (Zendesk, Freshdesk and Intercom message exports).
    static let directionKeys = [
        "inbound", "direction", "author type", "author_type", "sender type", "sender_type", "is customer",
        "is_customer", "from customer", "from_customer",
    ]
    /// Cell values of a direction column, folded: the customer's side and the company's side.
    static let customerSide: Set<String> = [
        "true", "1", "yes", "oui", "inbound", "in", "customer", "client", "user", "end-user", "end_user", "requester",
        "visitor",
    ]
    static let companySide: Set<String> = [
        "false", "0", "no", "non", "outbound", "out", "agent", "company", "staff", "support", "operator", "admin",
        "bot",
    ]

    /// Whether a direction cell names the company's side (`nil`: it names neither side).
    static func isCompanySide(_ cell: String) -> Bool? {
        let value = fold(SchemaOrgReviewCollector.trim(cell))
        if companySide.contains(value) { return true }
        if customerSide.contains(value) { return false }
        return nil
    }

    /// Lower case without accents or surrounding white space, for keyword matching.
    static func fold(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "à", "â", "ä": result.append("a")
            case "é", "è", "ê", "ë": result.append("e")
            case "î", "ï": result.append("i")
            case "ô", "ö": result.append("o")
            case "ù", "û", "ü": result.append("u")
            case "ç": result.append("c")
            case "\u{2019}": result.append("'")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return SchemaOrgReviewCollector.trim(result)
    }

    /// Qualtrics labels are `id question`, so metadata is recognised by its leading id.
    static func isMetadata(_ label: String) -> Bool {
        metadataColumns.contains { label == $0 || label.hasPrefix($0 + " ") }
    }

    /// Detects roles from `labels` and a sample of data rows.
    ///
    /// `openText` are the columns the export's own header marks as text boxes
    /// (`SurveyLayout.openTextColumns`), `closed` those it marks as choices (`closedColumns`).
    static func detect(
        labels: [String], sample: [[String]], openText: Set<Int> = [], closed: Set<Int> = []
    ) -> SurveyColumnRoles {
        var roles = SurveyColumnRoles()
        var search = SurveyColumnSearch(folded: labels.map(fold), sample: sample)
        roles.respondent = search.claim(respondentKeys, numeric: nil)
        roles.direction = search.claim(directionKeys, numeric: nil) { index in
            // Only a column whose every sampled cell names a side: a `Direction` of something else is no speaker.
            let cells = sample.prefix(50).compactMap { index < $0.count ? $0[index] : nil }
            return !cells.isEmpty && cells.allSatisfy { isCompanySide($0) != nil }
        }
        roles.date = search.claim(dateKeys, numeric: nil) { index in
            // A date column holds dates (Qualtrics `Duration` contains none of the keys, but
            // `Start Date` next to `End Date` must not win over it; keys are ordered for that).
            sample.prefix(20).contains { $0.count > index && LooseDate.parse($0[index]) != nil } || sample.isEmpty
        }
        roles.nps = search.claim(npsKeys, numeric: true)
        roles.ces = search.claim(cesKeys, numeric: true)
        if let column = roles.ces {
            let label = search.folded[column]
            roles.cesScale = label.contains("7") || search.numericShare(column).maximum > 5 ? 7 : 5
            roles.cesReversed =
                matches(label, keys: effortKeys) && !matches(label, keys: ["facile", "easy", "simple", "ease"])
        }
        roles.csat = search.claim(csatKeys, numeric: true)
        roles.touchpoint = search.claim(touchpointKeys, numeric: false)
        roles.language = search.claim(languageKeys, numeric: false)
        roles.comments = commentColumns(
            labels: labels, folded: search.folded, sample: sample, openText: openText, used: search.used.union(closed))
        if roles.comments.isEmpty {
            roles.comments = search.longestFreeText(excluding: closed).map { [$0] } ?? []
        }
        return roles
    }

    /// The open-ended columns, in column order: every column the export marks as a text box, unless
    /// its cells are figures; every column whose header names a comment, unless its cells are
    /// figures or a yes/no (`SurveyColumnProfile.isNumeric`, `isBinaryChoice`); and every column whose header is
    /// a question (`isQuestion`) answered in free text (`SurveyColumnProfile.looksLikeFreeText`:
    /// not closed-question options, and sentences or mostly distinct answers).
    static func commentColumns(
        labels: [String], folded: [String], sample: [[String]], openText: Set<Int>, used: Set<Int>
    ) -> [Int] {
        var columns: [Int] = []
        for (index, label) in folded.enumerated() where !used.contains(index) {
            let profile = SurveyColumnProfile(cells: sample.map { index < $0.count ? $0[index] : "" })
            if openText.contains(index) {
                // A text box the export names: typed-in answers, even short repeated ones
                // ("other, please specify": `Amazon`, `Amazon`), but never figures.
                if profile.numericShare <= SurveyColumnProfile.numericShareLimit { columns.append(index) }
                continue
            }
            guard !isMetadata(label) else { continue }
            // `Q2 - Topics` (Qualtrics Text iQ) and `NPS_RATING` (Promoter/Detractor) are derived
            // columns, not the customer's words.
            if label.hasSuffix("topics") || label.hasSuffix("sentiment") { continue }
            if matches(label, keys: commentKeys) {
                // A header naming a comment is read whatever its answers repeat ("Très bien" ×8 are
                // eight customers' words); only figures or a yes/no say it holds codes.
                if !profile.isNumeric, !profile.isBinaryChoice { columns.append(index) }
            } else if isQuestion(labels[index]), profile.looksLikeFreeText {
                columns.append(index)
            }
        }
        return columns
    }

    /// A header that is a question put to the respondent (Typeform and Google Forms write the
    /// question as the header): it ends with a question mark, or it is a sentence of five words or more.
    static func isQuestion(_ label: String) -> Bool {
        let text = SchemaOrgReviewCollector.trim(label)
        if text.hasSuffix("?") || text.hasSuffix("？") { return true }
        return text.split(whereSeparator: { $0.isWhitespace }).count >= 5
    }

    /// `label` (folded) names one of `keys`: short keys (`id`, `ces`, `nps`, `#`) as whole words,
    /// longer ones as stems.
    static func matches(_ label: String, keys: [String]) -> Bool {
        matches(label, words: words(of: label), keys: keys)
    }

    /// `matches(_:keys:)` with the label's `words(of:)` already split.
    static func matches(_ label: String, words: [String], keys: [String]) -> Bool {
        // In ASCII every character is one byte (a key holds no CR LF), so a byte search finds what the
        // character search `contains` finds, for a fraction of its cost on every label of every export.
        let isASCII = label.utf8.allSatisfy { $0 < 0x80 }
        return keys.contains { key in
            if key.count <= 4 { return words.contains(key) || label == key }
            return isASCII && key.utf8.allSatisfy({ $0 < 0x80 }) ? label.containsBytes(key) : label.contains(key)
        }
    }

    /// The words of a folded label: runs of letters, digits and `#`.
    static func words(of label: String) -> [String] {
        label.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "#" }).map(String.init)
    }

    /// Applies a user mapping on top of detection: a mapped column takes its role from the file
    /// and loses any role detection gave it; single-valued roles move to the mapped column.
    mutating func apply(_ mapping: SurveyColumnMapping, labels: [String], sample: [[String]]) {
        guard !mapping.isEmpty else { return }
        for (index, label) in labels.enumerated() {
            guard let role = mapping.role(for: label) else { continue }
            if nps == index { nps = nil }
            if ces == index { ces = nil }
            if csat == index { csat = nil }
            if respondent == index { respondent = nil }
            if date == index { date = nil }
            if touchpoint == index { touchpoint = nil }
            if language == index { language = nil }
            if direction == index { direction = nil }
            comments.removeAll { $0 == index }
            switch role {
            case .nps: nps = index
            case .ces, .cesEffort:
                ces = index
                cesReversed = role == .cesEffort
                let maximum =
                    sample.compactMap { $0.count > index ? SurveyScoreCell.leadingInteger($0[index]) : nil }.max() ?? 0
                cesScale = SurveyColumnRoles.fold(label).contains("7") || maximum > 5 ? 7 : 5
            case .csat: csat = index
            case .comment: comments.append(index)
            case .respondent: respondent = index
            case .date: date = index
            case .touchpoint: touchpoint = index
            case .language: language = index
            case .ignore: break
            }
        }
        comments.sort()
    }

    /// `nps:Q3 comment:Q4` for the run's format column: the mapping the reader used.
    func describe(labels: [String]) -> String {
        func name(_ column: Int?) -> String? {
            guard let column, column < labels.count else { return nil }
            let label = SchemaOrgReviewCollector.trim(labels[column])
            return label.count > 30 ? String(label.prefix(30)) + "…" : label
        }
        var parts: [String] = []
        for (role, column) in [
            ("id", respondent), ("date", date), ("nps", nps), ("ces", ces), ("csat", csat), ("touchpoint", touchpoint),
            ("lang", language), ("direction", direction),
        ] {
            if let label = name(column) { parts.append("\(role)=\(label)") }
        }
        for column in comments {
            if let label = name(column) { parts.append("comment=\(label)") }
        }
        return parts.joined(separator: "; ")
    }
}
