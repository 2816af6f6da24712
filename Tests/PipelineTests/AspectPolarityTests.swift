import Foundation
import Pipeline
import Testing
import VerbatimModel

/// `eval-aspects` polarity against hand-written labels (the repository's lexicons, the hospitality
/// journey).
@Suite struct AspectPolarityTests {
    static let analyzer = Result {
        try VerbatimAnalyzer(
            lexicons: ForeignVerbatimTests.lexicons,
            journey: ForeignVerbatimTests.lexicons.appendingPathComponent("journeys/hospitality.tsv"))
    }

    @Test("eval-aspects compares each labelled, detected aspect's polarity with the gold and both baselines")
    func polarityAgainstGold() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aspects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reviews = folder.appendingPathComponent("reviews.tsv")
        let aspects = folder.appendingPathComponent("aspects.tsv")
        try Data(
            ("id\tlang\tlabel\ttext\n"
                + "r1\tfr\tneu\tLe service était très lent, mais les plats étaient délicieux.\n"
                + "r2\ten\tpos\tThe food was excellent, the prices were far too high.\n"
                + "r3\tfr\tneu\tNous avons pris le menu du jour.\n"
                + "r4\tfr\tpos\tHors sujet, pas dans les labels.\n").utf8
        ).write(to: reviews)
        try Data(
            ("id\tprix\tcuisine\tservice\tambiance\n"
                + "r1\tNE\tPositive\tNégative\tNE\n"
                + "r2\tNégative\tPositive\tNE\tNE\n"
                + "r3\tNE\tNeutre\tNE\tPositive\n").utf8
        ).write(to: aspects)
        let evaluation = AspectEvaluation(
            analyzer: try Self.analyzer.get(),
            mapping: [
                ("prix", ["price"]), ("cuisine", ["food"]), ("service", ["welcome", "waiting", "service"]),
                ("ambiance", ["ambiance"]),
            ])
        let outcome = try evaluation.evaluate(reviews: reviews, aspects: aspects)
        let polarity = Dictionary(outcome.polarity.map { ($0.aspect, $0.counts) }, uniquingKeysWith: { a, _ in a })
        #expect(outcome.reviews == 3)
        // Cuisine: r1 and r2 positive, r3 names the menu without judging it: a near-zero score is Neutre.
        #expect(polarity["cuisine"]?.evaluated == 3)
        #expect(polarity["cuisine"]?.theme == 3)
        #expect(polarity["cuisine"]?.documentLabel == 2)
        #expect(polarity["service"]?.theme == 1)
        #expect(polarity["service"]?.documentLabel == 0)
        #expect(polarity["prix"]?.theme == 1)
        #expect(polarity["prix"]?.documentLabel == 0)
        // An aspect labelled but not detected (r3's ambiance) and NE aspects are not counted.
        #expect(polarity["ambiance"]?.evaluated == 0)
        #expect(outcome.overallPolarity.evaluated == 5)
        #expect(outcome.overallPolarity.themeAccuracy == 1)
        #expect(outcome.overallPolarity.documentLabelAccuracy == 2.0 / 5.0)
    }

    @Test(
        "a score reads with the scorer's neutral band",
        arguments: [
            (0.3, AspectPolarity.positive), (-0.3, .negative), (0.0, .neutral), (0.04, .neutral), (-0.05, .negative),
        ]
    )
    func scoreBand(_ score: Double, _ polarity: AspectPolarity) {
        #expect(AspectPolarity(score: score) == polarity)
    }

    @Test("gold labels: Positive, Négative, Neutre (and English spellings); NE is not a polarity")
    func goldLabels() {
        #expect(AspectPolarity(gold: "Négative") == .negative)
        #expect(AspectPolarity(gold: "Neutre") == .neutral)
        #expect(AspectPolarity(gold: "positive") == .positive)
        #expect(AspectPolarity(gold: "NE") == nil)
    }
}
