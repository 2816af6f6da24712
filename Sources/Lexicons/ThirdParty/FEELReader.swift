import VerbatimModel

/// Reads FEEL, the French Expanded Emotion Lexicon (Abdaoui, Azé, Bringay & Poncelet, "FEEL: a French
/// Expanded Emotion Lexicon", Language Resources and Evaluation 51, 2017).
///
/// A `;`-separated file with the header `id;word;polarity;joy;fear;sadness;anger;surprise;disgust`:
/// polarity is `positive` or `negative`, each emotion 0 or 1. Columns are found by the header's
/// names (the documented order is assumed when the file has no header). Mapping:
/// - polarity → valence ±`ThirdPartyEntry.polarityValence` (±2, "clear");
/// - joy → joy, sadness → sadness, anger → anger, surprise → surprise, disgust → disgust, and
///   fear → worry: Verbatim's `Emotion` splits worry from fear because what customers fear is a lost
///   parcel or a wrong charge (see `Emotion`), which is worry.
enum FEELReader {
    /// Allowed polarity values.
    static let polarities: Set<String> = ["positive", "negative"]

    /// FEEL's emotion columns and the emotion each becomes.
    static let emotionMap: [(column: String, emotion: Emotion)] = [
        ("joy", .joy), ("fear", .worry), ("sadness", .sadness), ("anger", .anger), ("surprise", .surprise),
        ("disgust", .disgust),
    ]

    /// The documented column order, used when the file has no header.
    static let documentedColumns = ["id", "word", "polarity", "joy", "fear", "sadness", "anger", "surprise", "disgust"]

    static func read(_ text: String, source: String) -> ThirdPartyReading {
        var reading = ThirdPartyReading()
        var columns = documentedColumns
        var first = true
        for line in ThirdPartyLines(text) {
            reading.lines += 1
            let cells = line.text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmed }
            if first {
                first = false
                let names = cells.map { $0.lowercased() }
                if names.contains("word") && names.contains("polarity") {
                    columns = names
                    continue
                }
            }
            guard cells.count == columns.count else {
                reading.skip(
                    source, line: line.number,
                    "\(cells.count) cells, expected \(columns.count) (\(ThirdPartyFormat.feel.rowShape))")
                continue
            }
            guard let wordColumn = columns.firstIndex(of: "word"),
                let polarityColumn = columns.firstIndex(of: "polarity")
            else {
                reading.skip(source, line: line.number, "the header names no 'word' or 'polarity' column")
                continue
            }
            let word = cells[wordColumn]
            guard !word.isEmpty else {
                reading.skip(source, line: line.number, "empty word")
                continue
            }
            let polarity = cells[polarityColumn].lowercased()
            guard polarities.contains(polarity) else {
                reading.skip(
                    source, line: line.number, "polarity '\(cells[polarityColumn])' is not positive or negative")
                continue
            }
            var emotions: Set<Emotion> = []
            var badFlag: String?
            for (name, emotion) in emotionMap {
                guard let column = columns.firstIndex(of: name) else { continue }
                switch cells[column] {
                case "1": emotions.insert(emotion)
                case "0": break
                default: badFlag = "\(name) '\(cells[column])' is not 0 or 1"
                }
            }
            if let badFlag {
                reading.skip(source, line: line.number, badFlag)
                continue
            }
            let valence = polarity == "positive" ? ThirdPartyEntry.polarityValence : -ThirdPartyEntry.polarityValence
            reading.entries.append(
                ThirdPartyEntry(
                    term: word, line: line.number, valence: valence, emotions: ThirdPartyEntry.ordered(emotions)))
        }
        return reading
    }
}
