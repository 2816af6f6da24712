import Foundation
import Lexicons
import Tagging
import VerbatimModel

/// Shared set-up: the repository's own lexicons and hand-built sentiment results.
enum TaggingFixture {
    /// `lexicons/` at the root of the repository this test file belongs to.
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")

    /// A tagger over the bundled lexicons and the named bundled journey, loaded once per journey.
    static func tagger(journey: String = "ecommerce") throws -> Tagger {
        switch journey {
        case "ecommerce": try ecommerce.get()
        case "transport": try transport.get()
        case "hospitality": try hospitality.get()
        case "saas": try saas.get()
        default: try load(journey).get()
        }
    }

    private static let ecommerce = load("ecommerce")
    private static let transport = load("transport")
    private static let hospitality = load("hospitality")
    private static let saas = load("saas")

    private static func load(_ journey: String) -> Result<Tagger, LexiconError> {
        Result { () throws(LexiconError) in
            try Tagger(
                lexiconDirectory: lexicons,
                journey: lexicons.appendingPathComponent("journeys").appendingPathComponent("\(journey).tsv"))
        }
    }

    /// A verbatim with the given text and metadata.
    static func verbatim(
        _ text: String, channel: Channel = .review, context: String? = nil, nps: Int? = nil, hint: String? = nil,
        readerSignals: [String] = []
    ) -> Verbatim {
        Verbatim(
            source: SourceLocation(path: "test.txt", ordinal: 0, position: "line 1"), channel: channel, text: text,
            context: context, scores: SurveyScores(nps: nps), touchpointHint: hint, readerSignals: readerSignals)
    }

    /// A sentiment result whose clauses are the given pieces of `text` (found in order) with
    /// their scores; the verbatim score is their mean, as a scorer would roughly give.
    static func sentiment(_ text: String, clauses: [(String, Double)]) -> SentimentResult {
        let bytes = Array(text.utf8)
        var from = 0
        var result: [ClauseScore] = []
        for (piece, score) in clauses {
            let needle = Array(piece.utf8)
            var found = -1
            var index = from
            while index + needle.count <= bytes.count {
                if Array(bytes[index..<(index + needle.count)]) == needle {
                    found = index
                    break
                }
                index += 1
            }
            precondition(found >= 0, "clause '\(piece)' not in '\(text)'")
            result.append(ClauseScore(start: found, end: found + needle.count, score: score, weight: 1))
            from = found + needle.count
        }
        let mean = result.isEmpty ? 0 : result.map(\.score).reduce(0, +) / Double(result.count)
        return SentimentResult(score: mean, label: mean < 0 ? .negative : .positive, clauses: result)
    }

    /// A whole-text sentiment without clauses.
    static func flat(_ score: Double) -> SentimentResult {
        SentimentResult(score: score, label: score < 0 ? .negative : score > 0 ? .positive : .neutral, clauses: [])
    }
}

extension Tagger {
    /// Tags `verbatim` as the analyser does: its text, with everything else of it as the context.
    func tag(_ verbatim: Verbatim, language: Language, sentiment: SentimentResult) -> Tags {
        tag(verbatim.text, context: TagContext(verbatim), language: language, sentiment: sentiment)
    }
}
