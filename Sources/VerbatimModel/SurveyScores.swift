/// Scores a customer gave alongside the text, each on its own scale and validated at ingest.
public struct SurveyScores: Sendable, Hashable {
    /// Net Promoter answer, 0–10 ("How likely are you to recommend…").
    public var nps: Int?
    /// Customer Effort Score answer on `cesScale` points (1 = very difficult … max = very easy, after
    /// ingest has oriented the scale).
    public var ces: Int?
    /// Number of points of the CES scale (5 or 7).
    public var cesScale: Int?
    /// Customer satisfaction answer on a 1–5 scale.
    public var csat: Int?
    /// A star or review rating normalised to 0…1 with the source's best and worst values.
    public var rating: Double?

    public init(nps: Int? = nil, ces: Int? = nil, cesScale: Int? = nil, csat: Int? = nil, rating: Double? = nil) {
        self.nps = nps
        self.ces = ces
        self.cesScale = cesScale
        self.csat = csat
        self.rating = rating
    }

    /// True when no score at all is known.
    public var isEmpty: Bool { nps == nil && ces == nil && csat == nil && rating == nil }
}
