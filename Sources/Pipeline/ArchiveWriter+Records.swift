import Foundation
import Reporting
import VerbatimModel

/// The unit archive's values above the primitives: what `UnitArchive.encode` writes, field by field,
/// in the order `ArchiveReader+Records.swift` reads them back.
extension ArchiveWriter {
    /// The counts sorted by reason, so that the same result is the same bytes.
    mutating func skipped(_ skipped: [SkipReason: Int]) {
        array(skipped.sorted { $0.key < $1.key }) {
            $0.enumCase($1.key)
            $0.int($1.value)
        }
    }

    mutating func company(_ attribution: CompanyAttribution) {
        enumCase(attribution.role)
        string(attribution.speaker)
        string(attribution.reason)
        string(attribution.override)
    }

    mutating func finding(_ finding: Finding) {
        string(finding.source)
        string(finding.position)
        string(finding.reason)
        bool(finding.severity == .warning)
        int(finding.ordinal)
    }

    mutating func record(_ record: AnalysedVerbatim) {
        verbatim(record.verbatim)
        enumCase(record.language)
        double(record.sentiment.score)
        enumCase(record.sentiment.label)
        array(record.sentiment.clauses) { $0.clause($1) }
        array(record.emotions) {
            $0.enumCase($1.emotion)
            $0.double($1.intensity)
        }
        array(record.themes) {
            $0.string($1.theme)
            $0.double($1.sentiment)
        }
        array(record.signals) { $0.string($1) }
        string(record.touchpoint)
        enumCase(record.placement)
    }

    mutating func verbatim(_ verbatim: Verbatim) {
        string(verbatim.source.path)
        int(verbatim.source.ordinal)
        string(verbatim.source.position)
        enumCase(verbatim.channel)
        // The bit pattern, not a rounded number of seconds: the date reads back exactly.
        optional(verbatim.date) { $0.double($1.timeIntervalSinceReferenceDate) }
        optional(verbatim.customer) { $0.string($1) }
        optional(verbatim.conversation) { $0.string($1) }
        array(verbatim.evidence) { $0.string($1) }
        bool(verbatim.isReply)
        string(verbatim.text)
        optional(verbatim.context) { $0.string($1) }
        optional(verbatim.declaredLanguage) { $0.enumCase($1) }
        scores(verbatim.scores)
        optional(verbatim.touchpointHint) { $0.string($1) }
        array(verbatim.readerSignals) { $0.string($1) }
    }

    private mutating func scores(_ scores: SurveyScores) {
        optional(scores.nps) { $0.int($1) }
        optional(scores.ces) { $0.int($1) }
        optional(scores.cesScale) { $0.int($1) }
        optional(scores.csat) { $0.int($1) }
        optional(scores.rating) { $0.double($1) }
    }

    private mutating func clause(_ clause: ClauseScore) {
        int(clause.start)
        int(clause.end)
        double(clause.score)
        double(clause.weight)
        int(clause.sentence)
        bool(clause.hasOpinion)
        bool(clause.opensContrast)
    }
}
