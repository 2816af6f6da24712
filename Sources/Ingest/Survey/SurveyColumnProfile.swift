/// What the sampled cells of one survey column look like: the evidence that tells free text (a
/// customer's words) from coded answers (matrix and multiple-choice cells such as `-1`, `1`, `3`,
/// `Yes`, `Satisfied`), whatever the header says.
///
/// A column is *coded* when, over its non-empty sampled cells:
/// - most cells (`numericShareLimit`) are signed whole numbers (`-1`, `0`, `1`, option numbers), or
/// - from `minimumRepeatedCells` cells on, it holds few distinct values (at most
///   `distinctShareLimit` of the cells), each short (mean under `shortMeanLength` characters, none
///   over `longestChoice`): the options of a closed question repeated from respondent to
///   respondent, while free text is seldom repeated word for word, or
/// - with fewer cells (from `minimumBinaryCells`), it holds two values at most, each one word
///   (`Yes`/`No`, `Oui`/`Non`, `Checked`): a small export cannot show more repetition than that, and
///   a few customers writing "Bon accueil" is not a choice.
///
/// With fewer cells than that, only the numeric test applies: one response cannot show repetition.
struct SurveyColumnProfile: Equatable {
    /// Non-empty cells sampled.
    var filled = 0
    /// Cells that are a signed whole number, optionally followed by a label (`2 - Agree`).
    var numeric = 0
    /// Distinct cell values (trimmed, case folded).
    var distinct = 0
    /// Mean length in characters of the non-empty cells.
    var meanLength = 0.0
    /// Length of the longest non-empty cell.
    var longest = 0
    /// Cells of three words or more: sentences, not names, codes or addresses.
    var multiWord = 0
    /// Cells of one word.
    var singleWord = 0

    /// More than half numeric cells: scores and codes, not comments.
    static let numericShareLimit = 0.5
    /// Closed questions repeat their options: at most one distinct value per four cells (five
    /// options over twenty answers), where comments, even short ones, vary far more.
    static let distinctShareLimit = 0.25
    /// Repetition can only be judged on enough cells.
    static let minimumRepeatedCells = 10
    /// A two-valued column of single words is a yes/no question from this many cells on.
    static let minimumBinaryCells = 4
    /// Option labels are short (`Yes`, `Satisfied`, `Very dissatisfied`, `Plutôt d'accord`).
    static let shortMeanLength = 16.0
    static let longestChoice = 32

    init(cells: [String]) {
        var values: Set<String> = []
        var totalLength = 0
        for raw in cells {
            let cell = SchemaOrgReviewCollector.trim(raw)
            guard !cell.isEmpty else { continue }
            filled += 1
            if Self.isSignedInteger(cell) { numeric += 1 }
            values.insert(cell.lowercased())
            let length = cell.count
            totalLength += length
            longest = max(longest, length)
            let words = cell.split(whereSeparator: { $0.isWhitespace }).count
            if words >= 3 { multiWord += 1 }
            if words == 1 { singleWord += 1 }
        }
        distinct = values.count
        meanLength = filled == 0 ? 0 : Double(totalLength) / Double(filled)
    }

    /// Share of numeric cells (0 when the column is empty).
    var numericShare: Double { filled == 0 ? 0 : Double(numeric) / Double(filled) }

    /// True when the cells are codes or closed-question options rather than free text.
    var isCoded: Bool {
        guard filled > 0 else { return false }
        if isNumeric { return true }
        if filled >= Self.minimumRepeatedCells {
            return Double(distinct) <= Self.distinctShareLimit * Double(filled) && meanLength < Self.shortMeanLength
                && longest <= Self.longestChoice
        }
        return isBinaryChoice
    }

    /// True when most cells are figures: scores or option numbers, whatever the header says.
    var isNumeric: Bool { filled > 0 && numericShare > Self.numericShareLimit }

    /// True when the cells are two one-word values at most, from `minimumBinaryCells` cells on
    /// (`Yes`/`No`, `Oui`/`Non`, `Checked`): a yes/no question, not a customer's words.
    var isBinaryChoice: Bool {
        filled >= Self.minimumBinaryCells && distinct <= 2 && singleWord == filled
    }

    /// True when the column is not coded and its answers are what a text box collects: mostly
    /// sentences, or mostly distinct words that are not figures ("Vendeur désagréable", "Nul",
    /// "Trop d'attente": short answers, but each customer's own). Two one-word values at most
    /// (`Oui`/`Non`) are a choice, however few the cells.
    var looksLikeFreeText: Bool {
        guard filled > 0, !isCoded else { return false }
        if Double(multiWord) >= Self.freeTextShare * Double(filled) { return true }
        let choice = distinct <= 2 && singleWord == filled
        return !choice && numericShare <= Self.numericShareLimit
            && Double(distinct) >= Self.distinctFreeTextShare * Double(filled)
    }

    /// Half the answers of a text box are sentences of three words or more.
    static let freeTextShare = 0.5
    /// Or three answers in four differ from each other: customers' short answers seldom repeat.
    static let distinctFreeTextShare = 0.75

    /// `-1`, `+2`, `10`, `3 - Agree`: a whole number with an optional sign, as matrix and choice
    /// columns export their codes (`SurveyScoreCell.leadingInteger` reads unsigned scores only).
    static func isSignedInteger(_ cell: String) -> Bool {
        var body = Substring(cell)
        if let sign = body.first, sign == "-" || sign == "+" || sign == "\u{2212}" { body = body.dropFirst() }
        return SurveyScoreCell.leadingInteger(String(body)) != nil
    }
}
