import VerbatimModel

/// Reads VADER's `vader_lexicon.txt` (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM 2014).
///
/// Each line is `token<TAB>mean<TAB>std<TAB>[ten raw ratings]`; the mean of the raters is already on
/// −4…+4, Verbatim's valence scale, so it is taken as is. Only token and mean are needed: a line with
/// fewer cells than four is still read, one with a mean that is not a number in −4…+4 is skipped.
/// VADER gives no emotions.
enum VADERReader {
    static func read(_ text: String, source: String) -> ThirdPartyReading {
        var reading = ThirdPartyReading()
        for line in ThirdPartyLines(text) {
            reading.lines += 1
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 2 else {
                reading.skip(source, line: line.number, "expected \(ThirdPartyFormat.vader.rowShape)")
                continue
            }
            let token = cells[0].trimmed
            guard !token.isEmpty else {
                reading.skip(source, line: line.number, "empty token")
                continue
            }
            let meanCell = cells[1].trimmed
            guard let mean = Double(meanCell), mean.isFinite else {
                reading.skip(source, line: line.number, "mean '\(meanCell)' is not a number")
                continue
            }
            guard (-4.0...4.0).contains(mean) else {
                reading.skip(source, line: line.number, "mean \(meanCell) is outside -4…+4")
                continue
            }
            reading.entries.append(ThirdPartyEntry(term: token, line: line.number, valence: Float(mean), emotions: []))
        }
        return reading
    }
}
