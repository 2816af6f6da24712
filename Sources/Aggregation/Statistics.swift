import Foundation

/// The statistical formulas of the reports, each documented in the README.
public enum Statistics {
    /// The two-sided 95 % normal quantile.
    public static let z95 = 1.959_963_984_540_054

    /// Lower bound of the Wilson score interval for `successes` out of `n` at 95 %
    /// (Wilson 1927): ranks rates without letting tiny groups win by chance.
    public static func wilsonLowerBound(successes: Int, of n: Int, z: Double = z95) -> Double? {
        guard n > 0 else { return nil }
        let total = Double(n)
        let p = Double(successes) / total
        let z2 = z * z
        let centre = p + z2 / (2 * total)
        let spread = z * ((p * (1 - p) + z2 / (4 * total)) / total).squareRoot()
        return max(0, (centre - spread) / (1 + z2 / total))
    }

    /// z statistic of the two-proportion test with pooled variance:
    /// p̄ = (x₁ + x₂)/(n₁ + n₂), z = (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)).
    public static func twoProportionZ(successes1: Int, n1: Int, successes2: Int, n2: Int) -> Double? {
        guard n1 > 0, n2 > 0 else { return nil }
        let p1 = Double(successes1) / Double(n1)
        let p2 = Double(successes2) / Double(n2)
        let pooled = Double(successes1 + successes2) / Double(n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))
        guard variance > 0 else { return p1 == p2 ? 0 : nil }
        return (p1 - p2) / variance.squareRoot()
    }

    /// Two-sided p-value of a standard normal statistic.
    public static func twoSidedP(z: Double) -> Double {
        Foundation.erfc(abs(z) / 2.0.squareRoot())
    }

    /// Benjamini–Hochberg adjusted p-values (q-values), in the order given.
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] || (pValues[$0] == pValues[$1] && $0 < $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, pValues[index] * Double(m) / Double(rank))
            adjusted[index] = min(1, running)
        }
        return adjusted
    }
}
