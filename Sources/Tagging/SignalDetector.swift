import Lexicons
import VerbatimModel

/// Finds CX signals (effort, churn, urgency …) in a text and flags score/text incoherence.
struct SignalDetector: Sendable {
    /// The signal written when a survey score and the text disagree strongly.
    static let incoherence = "incoherence"
    /// A promoter (NPS 9–10, Reichheld's bands) whose text scores at or below this is incoherent.
    static let promoterTextCeiling = -0.5
    /// A detractor (NPS 0–6) whose text scores at or above this is incoherent.
    static let detractorTextFloor = 0.5
    /// A review rating (normalised 0…1) at or above this (4–5 stars of 5) counts as praise …
    static let highRating = 0.75
    /// … and at or below this (1–2 stars of 5) as a complaint.
    static let lowRating = 0.25

    private let signalIDs: [String]
    private let matchers: [Language: PhraseMatcher]

    init(lexicon: SignalLexicon) {
        var ids: [String] = []
        var labelOf: [String: Int] = [:]
        for term in lexicon.terms where term.signal != "*" && labelOf[term.signal] == nil {
            labelOf[term.signal] = ids.count
            ids.append(term.signal)
        }
        signalIDs = ids
        var matchers: [Language: PhraseMatcher] = [:]
        for language in Language.allCases {
            let rules: [PhraseMatcher.Rule] = lexicon.terms.compactMap { term in
                guard language == .unknown || term.language == language else { return nil }
                let label = term.signal == "*" ? -1 : labelOf[term.signal] ?? -1
                return PhraseMatcher.Rule(
                    label: label, elements: term.pattern.elements, isExclusion: term.kind == .exclude,
                    origin: "\(term.file):\(term.line)", source: term.pattern.source)
            }
            matchers[language] = PhraseMatcher(rules: rules)
        }
        self.matchers = matchers
    }

    /// Signal ids found in `text` (unsorted, may repeat).
    func signals(in text: MatchText, language: Language) -> [String] {
        guard let matcher = matchers[language] ?? matchers[.unknown] else { return [] }
        return matcher.matches(in: text).map { signalIDs[$0.label] }
    }

    /// The evidence of each signal found in `text`, in text order.
    func evidence(in text: MatchText, language: Language) -> [TagEvidence] {
        guard let matcher = matchers[language] ?? matchers[.unknown] else { return [] }
        return matcher.matches(in: text).map { match in
            let rule = matcher.rules[match.rule]
            return TagEvidence(
                kind: .signal, label: signalIDs[match.label], start: match.byteStart, end: match.byteEnd,
                pattern: rule.source, origin: rule.origin)
        }
    }

    /// True when the customer's score and the text's sentiment point opposite ways: a promoter with
    /// strongly negative words or a detractor with praise (sarcasm or a mis-click; Lumoa uses the
    /// attached score the same way, see /work/shared/docs/cx-anchors.md §1.5). The NPS answer is
    /// used when there is one, else a review rating.
    static func isIncoherent(scores: SurveyScores, sentiment: Double) -> Bool {
        if let nps = scores.nps {
            if nps >= 9 { return sentiment <= promoterTextCeiling }
            if nps <= 6 { return sentiment >= detractorTextFloor }
            return false
        }
        if let rating = scores.rating {
            if rating >= highRating { return sentiment <= promoterTextCeiling }
            if rating <= lowRating { return sentiment >= detractorTextFloor }
        }
        return false
    }
}
