/// Counts of (gold, predicted) pairs and the usual metrics over them, as pure functions.
public struct ConfusionMatrix: Sendable, Hashable {
    /// `counts[gold][predicted]`, indexed by `EvalClass.allCases` order (pos, neg, neu).
    public private(set) var counts: [[Int]] = Array(repeating: Array(repeating: 0, count: 3), count: 3)

    /// Gold pos/neg examples, and those whose leaning (see `EvalClass.init(leaningOf:…)`) matched.
    public private(set) var binaryTotal = 0
    public private(set) var binaryCorrect = 0

    public init() {}

    private static func index(_ c: EvalClass) -> Int {
        switch c {
        case .pos: return 0
        case .neg: return 1
        case .neu: return 2
        }
    }

    /// Records one example: `predicted` in the three-class counts, `leaning` (the side the
    /// verdict takes; `predicted` when omitted) in binary accuracy.
    public mutating func add(gold: EvalClass, predicted: EvalClass, leaning: EvalClass? = nil) {
        counts[Self.index(gold)][Self.index(predicted)] += 1
        if gold != .neu {
            binaryTotal += 1
            if (leaning ?? predicted) == gold { binaryCorrect += 1 }
        }
    }

    /// Merges another matrix into this one.
    public mutating func merge(_ other: ConfusionMatrix) {
        for g in 0..<3 { for p in 0..<3 { counts[g][p] += other.counts[g][p] } }
        binaryTotal += other.binaryTotal
        binaryCorrect += other.binaryCorrect
    }

    /// Count of examples with gold `gold` predicted `predicted`.
    public func count(gold: EvalClass, predicted: EvalClass) -> Int { counts[Self.index(gold)][Self.index(predicted)] }

    /// Number of examples.
    public var total: Int { counts.joined().reduce(0, +) }

    /// Examples whose gold is `c`.
    public func support(_ c: EvalClass) -> Int { counts[Self.index(c)].reduce(0, +) }

    /// Fraction predicted right (0 when empty).
    public var accuracy: Double {
        let n = total
        guard n > 0 else { return 0 }
        return Double((0..<3).map { counts[$0][$0] }.reduce(0, +)) / Double(n)
    }

    /// Precision of class `c` (0 when it was never predicted).
    public func precision(_ c: EvalClass) -> Double {
        let i = Self.index(c)
        let predicted = (0..<3).map { counts[$0][i] }.reduce(0, +)
        return predicted == 0 ? 0 : Double(counts[i][i]) / Double(predicted)
    }

    /// Recall of class `c` (0 when it has no gold example).
    public func recall(_ c: EvalClass) -> Double {
        let i = Self.index(c)
        let gold = counts[i].reduce(0, +)
        return gold == 0 ? 0 : Double(counts[i][i]) / Double(gold)
    }

    /// F1 of class `c`.
    public func f1(_ c: EvalClass) -> Double {
        let p = precision(c)
        let r = recall(c)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The classes macro-F1 averages over: pos and neg, plus neu when the gold has any.
    public var evaluatedClasses: [EvalClass] { support(.neu) > 0 ? [.pos, .neg, .neu] : [.pos, .neg] }

    /// Unweighted mean of per-class F1 over `evaluatedClasses`.
    public var macroF1: Double {
        let classes = evaluatedClasses
        return classes.map(f1).reduce(0, +) / Double(classes.count)
    }

    /// Accuracy on gold pos/neg examples only: a neutral prediction counts as wrong, a `mixed` one
    /// by the side it leans to (see `add(gold:predicted:leaning:)`).
    public var binaryAccuracy: Double {
        binaryTotal == 0 ? 0 : Double(binaryCorrect) / Double(binaryTotal)
    }
}
