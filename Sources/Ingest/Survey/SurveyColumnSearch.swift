/// The search for role columns of a survey export (`SurveyColumnRoles.detect`): each role claims the
/// first unclaimed column its keys match, so a column has at most one role.
struct SurveyColumnSearch {
    /// Column labels, folded (`SurveyColumnRoles.fold`).
    let folded: [String]
    /// The words of each folded label (`SurveyColumnRoles.words(of:)`), split once rather than
    /// for every key of every role.
    private let words: [[String]]
    /// A sample of data rows.
    let sample: [[String]]
    /// Columns already given a role.
    private(set) var used: Set<Int> = []

    init(folded: [String], sample: [[String]]) {
        self.folded = folded
        words = folded.map(SurveyColumnRoles.words(of:))
        self.sample = sample
    }

    /// The share of the sampled non-empty cells of `column` that start with an integer, the largest
    /// such integer, and how many cells are filled (an empty column counts as numeric).
    func numericShare(_ column: Int) -> (share: Double, maximum: Int, filled: Int) {
        var filled = 0
        var numeric = 0
        var maximum = 0
        for row in sample where column < row.count {
            let cell = SchemaOrgReviewCollector.trim(row[column])
            guard !cell.isEmpty else { continue }
            filled += 1
            if let value = SurveyScoreCell.leadingInteger(cell) {
                numeric += 1
                maximum = max(maximum, value)
            }
        }
        return (filled == 0 ? 1 : Double(numeric) / Double(filled), maximum, filled)
    }

    /// The first unclaimed column matching `keys` (in priority order: the first key that matches any
    /// column wins), numeric or not as asked, that `extra` accepts; the column is claimed.
    mutating func claim(_ keys: [String], numeric: Bool?, where extra: (Int) -> Bool = { _ in true }) -> Int? {
        guard let column = first(keys, numeric: numeric, where: extra) else { return nil }
        used.insert(column)
        return column
    }

    private func first(_ keys: [String], numeric: Bool?, where extra: (Int) -> Bool) -> Int? {
        for key in keys {
            for (index, label) in folded.enumerated() where !used.contains(index) {
                // The label first: `extra` reads the column's cells (parses dates), which only a
                // column whose label matches needs.
                guard !SurveyColumnRoles.isMetadata(label),
                    SurveyColumnRoles.matches(label, words: words[index], keys: [key]), extra(index)
                else {
                    continue
                }
                if let numeric {
                    let share = numericShare(index).share
                    if numeric && share < 0.8 { continue }
                    if !numeric && share > 0.5 && numericShare(index).filled > 0 { continue }
                }
                return index
            }
        }
        return nil
    }

    /// When no header says "comment": the unclaimed column (not in `closed`) with the longest free
    /// text, at least 21 characters on average, neither figures nor coded answers.
    func longestFreeText(excluding closed: Set<Int>) -> Int? {
        var bestLength = 20
        var best: Int?
        for index in folded.indices where !used.contains(index) && !closed.contains(index) {
            let texts = sample.compactMap { $0.count > index ? $0[index] : nil }
            guard !texts.isEmpty else { continue }
            let mean = texts.reduce(0) { $0 + $1.count } / texts.count
            if mean > bestLength, numericShare(index).share < 0.5, !SurveyColumnProfile(cells: texts).isCoded {
                bestLength = mean
                best = index
            }
        }
        return best
    }
}
