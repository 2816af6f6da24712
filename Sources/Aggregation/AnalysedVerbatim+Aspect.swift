public import VerbatimModel

extension AnalysedVerbatim {
    /// This record as a touchpoint × theme cell counts it: with the sentiment of the clause naming
    /// `mention` (its score and the label that score gets) and `mention` as its only theme.
    public func aspect(_ mention: ThemeMention) -> AnalysedVerbatim {
        var aspect = self
        aspect.sentiment.score = mention.sentiment
        aspect.sentiment.label = GroupStatistics.aspectLabel(for: mention.sentiment)
        aspect.themes = [mention]
        return aspect
    }
}
