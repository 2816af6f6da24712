import Scoring

/// The polarity of one labelled aspect, and how `eval-aspects` compares polarities.
///
/// How the comparison counts (decided for issue 16, so that the tool and both baselines are read
/// the same way):
/// - Gold labels: `Positive`, `Négative` (or `Negative`), `Neutre` (or `Neutral`); `NE` (not
///   expressed) and anything else are not polarity labels, and the aspect is left out.
/// - A score is read with the scorer's own neutral band (`SentimentRules.neutralBand`, VADER's
///   ±0.05): at or above it positive, at or below its opposite negative, in between neutral. So a
///   near-zero theme score predicts `Neutre`, and `Neutre` is a class like the other two (3-class
///   exact match), as in the figures.
/// - A review's gold label (`pos`, `neg`, `neu` from its stars) reads as `Positive`, `Négative`,
///   `Neutre`: the document-label baseline of the issue.
/// - A verbatim's mixed label counts by its score's sign, as `scripts/eval.sh` reads it.
public enum AspectPolarity: String, Sendable, Hashable, CaseIterable {
    case positive = "Positive"
    case negative = "Négative"
    case neutral = "Neutre"

    /// The polarity of a gold aspect label, nil for `NE` and anything that is not a polarity.
    public init?(gold: String) {
        switch gold.lowercased() {
        case "positive", "pos": self = .positive
        case "négative", "negative", "neg": self = .negative
        case "neutre", "neutral", "neu": self = .neutral
        default: return nil
        }
    }

    /// The polarity a score in -1…1 reads as, with the scorer's neutral band.
    public init(score: Double) {
        if score >= SentimentRules.neutralBand {
            self = .positive
        } else if score <= -SentimentRules.neutralBand {
            self = .negative
        } else {
            self = .neutral
        }
    }

    /// Polarity counts for one aspect: the labelled aspects (not `NE`) whose theme the tool found.
    public struct Counts: Sendable, Hashable {
        /// Labelled and detected aspects.
        public var evaluated = 0
        /// … whose theme sentiment has the gold polarity.
        public var theme = 0
        /// … whose review's own gold label has the gold polarity (the document baseline);
        /// only counted when the reviews carry a `label` column.
        public var documentLabel = 0
        /// How many of `evaluated` had a review gold label.
        public var documentLabelled = 0
        /// … whose verbatim score (the tool's own document label) has the gold polarity.
        public var documentScore = 0

        public init() {}

        /// Adds one labelled, detected aspect.
        mutating func add(gold: AspectPolarity, theme: Double, review: AspectPolarity?, verbatim: Double) {
            evaluated += 1
            if AspectPolarity(score: theme) == gold { self.theme += 1 }
            if let review {
                documentLabelled += 1
                if review == gold { documentLabel += 1 }
            }
            if AspectPolarity(score: verbatim) == gold { documentScore += 1 }
        }

        /// Sums two counts (per aspect into overall).
        static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = lhs
            sum.evaluated += rhs.evaluated
            sum.theme += rhs.theme
            sum.documentLabel += rhs.documentLabel
            sum.documentLabelled += rhs.documentLabelled
            sum.documentScore += rhs.documentScore
            return sum
        }

        /// Accuracy of the theme sentiment, nil when nothing was evaluated.
        public var themeAccuracy: Double? { ratio(theme, evaluated) }
        /// Accuracy of the document-label baseline, nil without review labels.
        public var documentLabelAccuracy: Double? { ratio(documentLabel, documentLabelled) }
        /// Accuracy of the document-score baseline.
        public var documentScoreAccuracy: Double? { ratio(documentScore, evaluated) }

        private func ratio(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
    }
}
