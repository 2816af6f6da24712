import Lexicons
import VerbatimModel

/// The CX signal rules (effort, churn, urgency …), how their matches become signals, and the
/// score/text incoherence flag.
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

    /// Signal ids by label index.
    let signalIDs: [String]
    /// Rules of each language (both languages under `.unknown`), for the shared matcher.
    let rules: [Language: [PhraseMatcher.Rule]]

    init(lexicon: SignalLexicon) {
        var ids: [String] = []
        var labelOf: [String: Int] = [:]
        for term in lexicon.terms where term.signal != "*" && labelOf[term.signal] == nil {
            labelOf[term.signal] = ids.count
            ids.append(term.signal)
        }
        signalIDs = ids
        var rules: [Language: [PhraseMatcher.Rule]] = [:]
        for language in Language.allCases {
            rules[language] = lexicon.terms.compactMap { term in
                guard language == .unknown || term.language == language else { return nil }
                let label = term.signal == "*" ? -1 : labelOf[term.signal] ?? -1
                return PhraseMatcher.Rule(
                    family: .signal, label: label, elements: term.pattern.elements, isExclusion: term.kind == .exclude,
                    origin: "\(term.file):\(term.line)", source: term.pattern.source)
            }
        }
        self.rules = rules
    }

    /// Signal ids among `matches` (unsorted, may repeat).
    func signals(in matches: [PhraseMatcher.Match]) -> [String] {
        matches.compactMap { $0.family == .signal ? signalIDs[$0.label] : nil }
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
