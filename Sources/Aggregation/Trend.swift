/// How a hot-spot row moved since the previous run, and whether the move is more than noise.
public struct Trend: Sendable, Hashable {
    /// Change of the negative share in points of % (now − before), `nil` without a previous run.
    public var negativeShareChange: Double?
    /// Two-sided p-value of the two-proportion z-test on the negative share.
    public var negativeShareP: Double?
    /// Change of the NPS in points.
    public var npsChange: Double?
    /// Two-sided p-value of z = (NPS₁ − NPS₂) / √(SE₁² + SE₂²).
    public var npsP: Double?
    /// Benjamini–Hochberg q-value of the smaller of the row's p-values, over every test of the run.
    public var q: Double?
    /// True when `q` < the false-discovery rate.
    public var significant: Bool
    /// Negative share now minus its mean over the previous runs of the trailing four weeks, in points of %.
    public var negativeShareVersusFourWeeks: Double?

    public init(
        negativeShareChange: Double? = nil, negativeShareP: Double? = nil, npsChange: Double? = nil,
        npsP: Double? = nil, q: Double? = nil, significant: Bool = false, negativeShareVersusFourWeeks: Double? = nil
    ) {
        self.negativeShareChange = negativeShareChange
        self.negativeShareP = negativeShareP
        self.npsChange = npsChange
        self.npsP = npsP
        self.q = q
        self.significant = significant
        self.negativeShareVersusFourWeeks = negativeShareVersusFourWeeks
    }
}
