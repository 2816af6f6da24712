import VerbatimModel

/// Reads the word-level file of the NRC Word-Emotion Association Lexicon, EmoLex (Mohammad & Turney,
/// "Crowdsourcing a Word-Emotion Association Lexicon", Computational Intelligence 29(3), 2013).
///
/// Ten lines per word, `word<TAB>category<TAB>0|1`, the categories being Plutchik's eight emotions
/// plus `positive` and `negative`. Lines of one word are merged into one entry. Mapping:
/// - positive alone → +`ThirdPartyEntry.polarityValence` (+2, "clear"), negative alone → −2; both or
///   neither → no valence (the word is not a sentiment cue on its own);
/// - anger → anger, disgust → disgust, joy → joy, sadness → sadness, surprise → surprise,
///   trust → trust, fear → worry (as for FEEL: see `Emotion`); anticipation has no CX counterpart
///   (it covers hope as much as impatience) and is dropped.
enum NRCEmoLexReader {
    /// EmoLex categories and the emotion each becomes (`nil`: none of ours; polarity is handled apart).
    static let emotionMap: [String: Emotion?] = [
        "anger": .anger, "anticipation": nil, "disgust": .disgust, "fear": .worry, "joy": .joy,
        "sadness": .sadness, "surprise": .surprise, "trust": .trust, "positive": nil, "negative": nil,
    ]

    /// Every category a line may name.
    static let categories = Set(emotionMap.keys)

    /// What the lines of one word said so far.
    private struct Word {
        var term: String
        var line: Int
        var positive = false
        var negative = false
        var emotions: Set<Emotion> = []
    }

    static func read(_ text: String, source: String) -> ThirdPartyReading {
        var reading = ThirdPartyReading()
        var words: [Word] = []
        var index: [String: Int] = [:]
        var first = true
        for line in ThirdPartyLines(text) {
            reading.lines += 1
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            // A header row (`word  emotion  association`) is not data; the published file has none.
            if first {
                first = false
                if cells.count == 3, !categories.contains(cells[1]), cells[2] != "0", cells[2] != "1" { continue }
            }
            guard cells.count == 3 else {
                reading.skip(
                    source, line: line.number, "\(cells.count) cells, expected \(ThirdPartyFormat.nrc.rowShape)")
                continue
            }
            guard !cells[0].isEmpty else {
                reading.skip(source, line: line.number, "empty word")
                continue
            }
            guard let mapped = emotionMap[cells[1]] else {
                reading.skip(source, line: line.number, "'\(cells[1])' is not an EmoLex category")
                continue
            }
            guard cells[2] == "0" || cells[2] == "1" else {
                reading.skip(source, line: line.number, "association '\(cells[2])' is not 0 or 1")
                continue
            }
            let slot: Int
            if let known = index[cells[0]] {
                slot = known
            } else {
                slot = words.count
                index[cells[0]] = slot
                words.append(Word(term: cells[0], line: line.number))
            }
            guard cells[2] == "1" else { continue }
            switch cells[1] {
            case "positive": words[slot].positive = true
            case "negative": words[slot].negative = true
            default: if let emotion = mapped { words[slot].emotions.insert(emotion) }
            }
        }
        for word in words {
            var valence: Float?
            if word.positive != word.negative {
                valence = word.positive ? ThirdPartyEntry.polarityValence : -ThirdPartyEntry.polarityValence
            }
            reading.entries.append(
                ThirdPartyEntry(
                    term: word.term, line: word.line, valence: valence, emotions: ThirdPartyEntry.ordered(word.emotions)
                ))
        }
        return reading
    }
}
