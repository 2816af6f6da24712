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

    /// The rules that changed an item, in the order `explain` lists them: each text is its rule's
    /// (`Rules/`). One entry may chain rules that exclude one another (a failure is not also shown
    /// as negated).
    private static var ruleTexts: [(ScoringScratch.Item) -> String?] {
        [
            SentimentEngine.explainPhrase, SentimentEngine.explainStem, Rating.explain, NegRaising.explain,
            Excess.explain,
            Intensifiers.explainBoost, Intensifiers.explainCaps, Intensifiers.explainElongation, NeverSo.explain,
            PraiseAsIntensifier.explain, ImplicativeVerbs.explain,
            { ImplicitFailure.explain($0) ?? SpokenNegation.explain($0) ?? NegationScope.explain($0) },
            PartialNegation.explain, Wish.explain, Irrealis.explainConditional, Irrealis.explainQuestion,
            NegativityWeight.explain, ImplicitComplaint.explain, BrokenPromise.explain, Sarcasm.explain,
            Courtesy.explain,
        ]
    }

    /// A negator kind as `explain` has always spelled it, in camel case (`after-ne` → `afterNe`):
    /// the traces of `Golden/explain.txt` predate kinds as data.
    private static func spelling(ofNegator number: UInt8) -> String {
        let parts = Negators.names[Int(number)].split(separator: "-")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
    }

    private static func describe(_ item: ScoringScratch.Item) -> [String] {
        ruleTexts.compactMap { $0(item) }
    }

    func render() -> String {
        var lines: [String] = []
        lines.append("language: \(summary.language.rawValue)")
        lines.append("tokens:")
        for item in scratch.items where item.kind != .punctuation || item.notes.contains(.restriction) {
            let entry = item.entry
            var roles: [String] = []
            if entry.hasValence { roles.append(String(format: "valence %+.1f", entry.valence)) }
            if entry.failureValence != 0 {
                roles.append(String(format: "function (negated %+.1f)", entry.failureValence))
            }
            if entry.boost != 0 { roles.append(String(format: "intensifier %+.2f", entry.boost)) }
            if entry.negator != 0 { roles.append("negator (\(Self.spelling(ofNegator: entry.negator)))") }
            if let restriction = ParticleNegation.explainRole(item) { roles.append(restriction) }
            if entry.contrast != .none { roles.append("contrast (\(entry.contrast))") }
            if entry.excess == .excess { roles.append("excess (trop/too)") }
            if entry.excess == .target { roles.append("bad in excess") }
            if entry.modality != .none { roles.append("modality (\(entry.modality))") }
            for emotion in entry.emotions {
                roles.append(String(format: "%@ %.1f", emotion.emotion.rawValue, emotion.intensity))
            }
            if let lexicon, !lexicon.thirdPartySources.isEmpty,
                let key = SentimentScorer.lexiconKey(of: item, in: scratch.tokens),
                let source = lexicon.thirdPartySource(ofKey: key)
            {
                roles.append("from \(source)")
            }
            var line = "  [\(item.clause + 1)] \(slice(item.start, item.end))"
            if !roles.isEmpty { line += "  " + roles.joined(separator: ", ") }
            let rules = Self.describe(item)
            if !rules.isEmpty { line += "  | " + rules.joined(separator: ", ") }
            if item.contribution != 0 { line += "  → " + Self.format(Double(item.contribution)) }
            if roles.isEmpty && rules.isEmpty && item.contribution == 0 { line += "  ·" }
            lines.append(line)
        }
        lines.append("clauses:")
        for (index, clause) in scratch.clauses.enumerated() {
            lines.append(
                "  [\(index + 1)] weight \(String(format: "%.2f", clause.weight)) raw \(Self.format(clause.raw)) "
                    + "score \(Self.format(SentimentEngine.normalise(clause.raw)))  \"\(slice(clause.start, clause.stop))\""
            )
        }
        lines.append("score: \(Self.format(summary.score))  label: \(summary.label.rawValue)")
        if !emotions.isEmpty {
            lines.append(
                "emotions: "
                    + emotions.map { "\($0.emotion.rawValue) \(String(format: "%.2f", $0.intensity))" }.joined(
                        separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
