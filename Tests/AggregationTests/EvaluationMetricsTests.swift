import Aggregation
import Testing
import VerbatimModel

/// `make eval` figures are what the sentiment goals are judged on: the metric definitions of the
/// issue (macro-F1 over the gold's classes, binary accuracy on gold pos/neg rows with a neutral
/// prediction counted wrong) and how a `mixed` verdict is counted.
@Suite struct EvaluationMetricsTests {
    @Test(arguments: [
        (SentimentLabel.mixed, 0.30, EvalClass.pos),
        (.mixed, -0.30, .neg),
        (.mixed, 0.01, .neu),
        (.mixed, -0.049, .neu),
        (.positive, 0.01, .pos),
        (.negative, 0.30, .neg),
        (.neutral, 0.30, .neu),
    ])
    func aMixedVerdictLeansBySignOfItsScore(label: SentimentLabel, score: Double, expected: EvalClass) {
        #expect(EvalClass(leaningOf: label, score: score, neutralBand: 0.05) == expected)
    }

    @Test func aMixedVerdictIsTheMiddleClassInThreeClassMetrics() {
        #expect(EvalClass(SentimentLabel.mixed) == .neu)
        var matrix = ConfusionMatrix()
        // A mixed verbatim on a 3-star (neu) row and on a pos row whose score leans positive.
        matrix.add(gold: .neu, predicted: EvalClass(.mixed), leaning: .pos)
        matrix.add(gold: .pos, predicted: EvalClass(.mixed), leaning: .pos)
        #expect(matrix.accuracy == 0.5)
        #expect(matrix.binaryAccuracy == 1)
    }

    @Test func binaryAccuracyCountsNeutralPredictionsOfPolarRowsAsWrong() {
        var matrix = ConfusionMatrix()
        matrix.add(gold: .pos, predicted: .pos)
        matrix.add(gold: .pos, predicted: .neu)
        matrix.add(gold: .neg, predicted: .neg)
        matrix.add(gold: .neg, predicted: .pos)
        matrix.add(gold: .neu, predicted: .neu)
        #expect(matrix.binaryAccuracy == 0.5)
        #expect(matrix.accuracy == 0.6)
    }

    @Test func macroF1AveragesOverTheGoldClassesOnly() {
        var binary = ConfusionMatrix()
        binary.add(gold: .pos, predicted: .pos)
        binary.add(gold: .neg, predicted: .neg)
        binary.add(gold: .neg, predicted: .neu)
        // pos: P 1, R 1, F1 1; neg: P 1, R 0.5, F1 2/3; neu has no gold row, so it is not averaged.
        #expect(binary.evaluatedClasses == [.pos, .neg])
        #expect(abs(binary.macroF1 - (1 + 2.0 / 3) / 2) < 1e-12)

        var threeWay = binary
        threeWay.add(gold: .neu, predicted: .pos)
        // pos: P 0.5, R 1 → 2/3; neg: 2/3; neu: P 0, R 0 → 0.
        #expect(threeWay.evaluatedClasses == [.pos, .neg, .neu])
        #expect(abs(threeWay.macroF1 - (2.0 / 3 + 2.0 / 3 + 0) / 3) < 1e-12)
    }
}
