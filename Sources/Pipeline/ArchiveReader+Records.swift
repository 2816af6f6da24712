import Foundation
import Reporting
import VerbatimModel

/// Reads back the values `ArchiveWriter+Records.swift` writes, in the same order.
extension ArchiveReader {
    typealias Failure = UnitArchive.DecodingError

    mutating func skipped() throws(Failure) -> [SkipReason: Int] {
        var skipped: [SkipReason: Int] = [:]
        for _ in 0..<(try count(minimumSize: 2)) {
            let reason = try enumCase(SkipReason.self)
            skipped[reason] = try int()
        }
        return skipped
    }

    mutating func company() throws(Failure) -> CompanyAttribution {
        CompanyAttribution(
            role: try enumCase(SkipReason.self), speaker: try string(), reason: try string(), override: try string())
    }

    mutating func finding() throws(Failure) -> Finding {
        Finding(
            source: try string(), position: try string(), reason: try string(),
            severity: try bool() ? .warning : .error, ordinal: try int())
    }

    mutating func record() throws(Failure) -> AnalysedVerbatim {
        let verbatim = try verbatim()
        let language = try enumCase(Language.self)
        let score = try double()
        let label = try enumCase(SentimentLabel.self)
        let clauses = try array(minimumSize: 20) { reader throws(Failure) in try reader.clause() }
        let emotions = try array(minimumSize: 9) { reader throws(Failure) in
            EmotionScore(emotion: try reader.enumCase(Emotion.self), intensity: try reader.double())
        }
        let themes = try array(minimumSize: 9) { reader throws(Failure) in
            ThemeMention(theme: try reader.string(), sentiment: try reader.double())
        }
        let signals = try array { reader throws(Failure) in try reader.string() }
        return AnalysedVerbatim(
            verbatim: verbatim, language: language,
            sentiment: SentimentResult(score: score, label: label, clauses: clauses), emotions: emotions,
            themes: themes, signals: signals, touchpoint: try string(), placement: try enumCase(Placement.self))
    }

    mutating func verbatim() throws(Failure) -> Verbatim {
        let source = SourceLocation(path: try string(), ordinal: try int(), position: try string())
        let channel = try enumCase(Channel.self)
        let date = try optional { reader throws(Failure) in
            Date(timeIntervalSinceReferenceDate: try reader.double())
        }
        let customer = try optional { reader throws(Failure) in try reader.string() }
        let conversation = try optional { reader throws(Failure) in try reader.string() }
        let evidence = try array { reader throws(Failure) in try reader.string() }
        let isReply = try bool()
        let text = try string()
        let context = try optional { reader throws(Failure) in try reader.string() }
        let declared = try optional { reader throws(Failure) in try reader.enumCase(Language.self) }
        let scores = try scores()
        let hint = try optional { reader throws(Failure) in try reader.string() }
        let readerSignals = try array { reader throws(Failure) in try reader.string() }
        return Verbatim(
            source: source, channel: channel, date: date, customer: customer, conversation: conversation,
            evidence: evidence, isReply: isReply, text: text, context: context, declaredLanguage: declared,
            scores: scores,
            touchpointHint: hint, readerSignals: readerSignals)
    }

    /// An early-encoded row; one with another number of segments than the report's is corrupt.
    mutating func row() throws(Failure) -> VerbatimsReport.EncodedRow {
        let segments = try array { reader throws(Failure) in try reader.string() }
        guard let row = VerbatimsReport.EncodedRow(segments: segments) else {
            throw .corrupt("a row has \(segments.count) segments")
        }
        return row
    }

    private mutating func scores() throws(Failure) -> SurveyScores {
        SurveyScores(
            nps: try optional { reader throws(Failure) in try reader.int() },
            ces: try optional { reader throws(Failure) in try reader.int() },
            cesScale: try optional { reader throws(Failure) in try reader.int() },
            csat: try optional { reader throws(Failure) in try reader.int() },
            rating: try optional { reader throws(Failure) in try reader.double() })
    }

    private mutating func clause() throws(Failure) -> ClauseScore {
        ClauseScore(
            start: try int(), end: try int(), score: try double(), weight: try double(), sentence: try int(),
            hasOpinion: try bool(), opensContrast: try bool())
    }
}
