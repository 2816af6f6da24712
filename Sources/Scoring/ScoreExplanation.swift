import Foundation
import Lexicons
import TextProcessing
import VerbatimModel

/// The text `verbatim explain` prints: each item's contribution with the rules that changed it,
/// then the clauses with their weights, then the verdict.
struct ScoreExplanation {
    let text: String
    let summary: ScoreSummary
    let scratch: ScoringScratch
    let emotions: [EmotionScore]
    /// The lexicon that scored the text, to tag terms that came from a third-party file.
    var lexicon: SentimentLexicon? = nil

    private func slice(_ start: Int32, _ end: Int32) -> String {
        let bytes = Array(text.utf8)
        let lower = max(0, min(Int(start), bytes.count))
        let upper = max(lower, min(Int(end), bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    private static func format(_ value: Double) -> String { String(format: "%+.3f", value) }

    private static func describe(_ notes: ScoringScratch.Notes, boost: Float, contribution: Float) -> [String] {
        var rules: [String] = []
        if notes.contains(.phrase) { rules.append("expression") }
        if notes.contains(.stemmed) { rules.append("stem match") }
        if notes.contains(.rating) { rules.append("explicit rating") }
        if notes.contains(.raisedNegation) { rules.append("negation raised from opinion verb") }
        if notes.contains(.excess) { rules.append("trop/too rule") }
        if notes.contains(.boosted) { rules.append(String(format: "boost %+.2f", boost)) }
        if notes.contains(.caps) { rules.append("CAPS") }
        if notes.contains(.elongated) { rules.append("repeated letters") }
        if notes.contains(.neverSo) { rules.append("never-so emphasis") }
        if notes.contains(.asIntensifier) { rules.append("intensifier of the next word, own valence not counted") }
        if notes.contains(.superseded) { rules.append("own valence dropped: the negated words carry the meaning") }
        if notes.contains(.failure) {
            rules.append("negated or unfulfilled function: a failure")
        } else if notes.contains(.spokenNegation) {
            rules.append(String(format: "spoken negation ×%.2f", SentimentRules.negationFactor))
        } else if notes.contains(.negated) {
            rules.append(String(format: "negated ×%.2f", SentimentRules.negationFactor))
        }
        if notes.contains(.partiallyNegated) { rules.append(String(format: "partial negation ×%.2f", SentimentRules.partialNegationFactor)) }
        if notes.contains(.wish) { rules.append(String(format: "wish/regret ×%.2f", SentimentRules.wishFactor)) }
        if notes.contains(.conditional) { rules.append("conditional (praise ×\(SentimentRules.conditionalFactor), complaint ×\(SentimentRules.irrealisNegativeFactor))") }
        if notes.contains(.question) { rules.append("question (praise ×\(SentimentRules.questionFactor), complaint ×\(SentimentRules.irrealisNegativeFactor))") }
        if contribution < 0 { rules.append(String(format: "negativity ×%.1f", SentimentRules.negativeWeight)) }
        return rules
    }

    func render() -> String {
        var lines: [String] = []
        lines.append("language: \(summary.language.rawValue)")
        lines.append("tokens:")
        for item in scratch.items where item.kind != .punctuation || item.notes.contains(.restriction) {
            let entry = item.entry
            var roles: [String] = []
            if entry.hasValence { roles.append(String(format: "valence %+.1f", entry.valence)) }
            if entry.failureValence != 0 { roles.append(String(format: "function (negated %+.1f)", entry.failureValence)) }
            if entry.boost != 0 { roles.append(String(format: "intensifier %+.2f", entry.boost)) }
            if entry.negator != .none { roles.append("negator (\(entry.negator))") }
            if item.notes.contains(.restriction) { roles.append("ne … que restriction: no negation") }
            if entry.contrast != .none { roles.append("contrast (\(entry.contrast))") }
            if entry.excess == .excess { roles.append("excess (trop/too)") }
            if entry.excess == .target { roles.append("bad in excess") }
            if entry.modality != .none { roles.append("modality (\(entry.modality))") }
            for emotion in entry.emotions { roles.append(String(format: "%@ %.1f", emotion.emotion.rawValue, emotion.intensity)) }
            if let lexicon, !lexicon.thirdPartySources.isEmpty,
                let key = SentimentScorer.lexiconKey(of: item, in: scratch.tokens),
                let source = lexicon.thirdPartySource(ofKey: key)
            {
                roles.append("from \(source)")
            }
            var line = "  [\(item.clause + 1)] \(slice(item.start, item.end))"
            if !roles.isEmpty { line += "  " + roles.joined(separator: ", ") }
            let rules = Self.describe(item.notes, boost: item.boost, contribution: item.contribution)
            if !rules.isEmpty { line += "  | " + rules.joined(separator: ", ") }
            if item.contribution != 0 { line += "  → " + Self.format(Double(item.contribution)) }
            if roles.isEmpty && rules.isEmpty && item.contribution == 0 { line += "  ·" }
            lines.append(line)
        }
        lines.append("clauses:")
        for (index, clause) in scratch.clauses.enumerated() {
            lines.append(
                "  [\(index + 1)] weight \(String(format: "%.2f", clause.weight)) raw \(Self.format(clause.raw)) "
                    + "score \(Self.format(SentimentEngine.normalise(clause.raw)))  \"\(slice(clause.start, clause.stop))\"")
        }
        lines.append("score: \(Self.format(summary.score))  label: \(summary.label.rawValue)")
        if !emotions.isEmpty {
            lines.append(
                "emotions: " + emotions.map { "\($0.emotion.rawValue) \(String(format: "%.2f", $0.intensity))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
