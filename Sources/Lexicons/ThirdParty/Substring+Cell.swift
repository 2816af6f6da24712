extension Substring {
    /// The cell without surrounding spaces or tabs, and without a CSV pair of double quotes (a doubled
    /// quote inside stands for one).
    var trimmed: String {
        var cell = self
        while let first = cell.first, first == " " || first == "\t" { cell = cell.dropFirst() }
        while let last = cell.last, last == " " || last == "\t" { cell = cell.dropLast() }
        guard cell.utf8.count >= 2, cell.first == "\"", cell.last == "\"" else { return String(cell) }
        var unquoted = ""
        var previousWasQuote = false
        for character in cell.dropFirst().dropLast() {
            if character == "\"" && previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = character == "\""
            unquoted.append(character)
        }
        return unquoted
    }
}
