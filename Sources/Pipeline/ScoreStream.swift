import Foundation
import Scoring
import Tagging
import VerbatimModel

/// `verbatim score`: a TSV with a header naming a `text` column (optional `id`, `lang`) in, a TSV
/// `id lang score label themes emotions` out, row by row in constant memory.
///
/// Every row goes through the analyser's stages (`VerbatimAnalyzer+Text.swift`) as a verbatim of
/// `analyze` does: a text in another language than French and English is `und`, neutral, with no
/// theme and no emotion. Works on bytes end to end: rows are found in the read buffer
/// (`TextTableReader`), the text cell is scored in place, and the output row is written into a
/// byte buffer flushed by `write(2)` (`StreamBuffer`).
public struct ScoreStream {
    /// Why a stream could not be processed.
    public typealias Failure = TextTableError

    static let flushSize = 1 << 20
    let analyzer: VerbatimAnalyzer
    /// Include emotions in the output (they cost a little: turn off for pure sentiment runs).
    let withEmotions: Bool
    /// Fill the `themes` column (theme detection costs more than scoring, so it is asked for:
    /// `verbatim score --themes`); the column stays empty otherwise.
    let withThemes: Bool

    /// A stream scoring with `analyzer`, with emotions and themes when asked.
    public init(analyzer: VerbatimAnalyzer, withEmotions: Bool = true, withThemes: Bool = false) {
        self.analyzer = analyzer
        self.withEmotions = withEmotions
        self.withThemes = withThemes
    }

    /// Reads TSV from file descriptor `input` (named `name` in errors) and writes scored TSV to
    /// `output`; returns the number of rows scored. A read or write error ends the run with an
    /// error (the output written so far is incomplete).
    @discardableResult
    public func run(input: Int32, name: String = "standard input", output: Int32) throws(Failure) -> Int {
        var reader = try TextTableReader(fd: input, name: name)
        var writer = StreamBuffer(capacity: Self.flushSize + 4096)
        writer.append("id\tlang\tscore\tlabel\tthemes\temotions\n")
        var scratch = ScoringScratch()
        var rows = 0
        var emotions: [EmotionScore] = []
        emotions.reserveCapacity(Emotion.allCases.count)
        // The analyser as a local: read through `self` inside the row closure, it was copied onto
        // the stack for every row.
        let analyzer = self.analyzer
        let cells = Cells()
        let (textColumn, idColumn, langColumn) = (reader.textColumn, reader.idColumn, reader.langColumn)
        while try reader.withNextRow({ (line, row) -> Void in
            rows += 1
            let language = langColumn.map { TextTableReader.language(of: line.extracting(row[$0])) } ?? .unknown
            let text = line.extracting(row[textColumn])
            let scored = analyzer.score(utf8: text, language: language, scratch: &scratch)
            if let idColumn {
                writer.append(line.extracting(row[idColumn]))
            } else {
                writer.append(integer: rows)
            }
            writer.append(cells.language[cells.position(of: scored.summary.language)])
            writer.append(fixed: scored.summary.score)
            writer.append(cells.label[cells.position(of: scored.summary.label)])
            if withThemes {
                // `theme:sentiment of the words governing it`, as in verbatims.csv.
                let sentiment = analyzer.sentiment(of: scored, in: scratch)
                let tags = analyzer.tags(
                    of: TextTableReader.string(text), scored: scored, context: .none, sentiment: sentiment, in: scratch)
                for (index, mention) in tags.themes.enumerated() {
                    if index > 0 { writer.append(byte: 0x7C) }
                    writer.append(mention.theme)
                    writer.append(byte: 0x3A)
                    writer.append(fixed: mention.sentiment, digits: 2)
                }
            }
            writer.append(byte: 0x09)
            if withEmotions {
                analyzer.emotions(of: scored, in: &scratch, into: &emotions)
                for (index, emotion) in emotions.enumerated() {
                    if index > 0 { writer.append(byte: 0x7C) }
                    writer.append(cells.emotion[cells.position(of: emotion.emotion)])
                    writer.append(fixed: emotion.intensity, digits: 2)
                }
            }
            writer.append(byte: 0x0A)
        }) != nil {
            if writer.count >= Self.flushSize { try Self.flush(&writer, to: output) }
        }
        try Self.flush(&writer, to: output)
        return rows
    }

    private static func flush(_ writer: inout StreamBuffer, to output: Int32) throws(Failure) {
        if let code = writer.drain(to: output) { throw .unwritable(reason: String(cString: strerror(code))) }
    }

    /// The fixed cells of a row, spelled with the raw values every other report uses (the one
    /// place each name is written: `Language`, `SentimentLabel`, `Emotion`), packed once per run.
    struct Cells {
        let languages = Language.allCases
        let labels = SentimentLabel.allCases
        let emotions = Emotion.allCases
        /// `\tfr\t`, `\ten\t`, `\tund\t`.
        let language = Language.allCases.map { PackedCell("\t\($0.rawValue)\t") }
        /// `\tpositive\t`…
        let label = SentimentLabel.allCases.map { PackedCell("\t\($0.rawValue)\t") }
        /// `anger:`…
        let emotion = Emotion.allCases.map { PackedCell("\($0.rawValue):") }

        func position(of language: Language) -> Int { languages.firstIndex(of: language) ?? 0 }
        func position(of label: SentimentLabel) -> Int { labels.firstIndex(of: label) ?? 0 }
        func position(of emotion: Emotion) -> Int { emotions.firstIndex(of: emotion) ?? 0 }
    }
}
