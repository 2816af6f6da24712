extension SignalLexicon {
    /// The signal ids of the lexicon, each once, in the order they first appear (French file, then
    /// English): the order of their columns in the hot spot tables. The `*` of exclusions is no signal.
    public var signals: [String] {
        var seen: Set<String> = []
        return terms.map(\.signal).filter { $0 != "*" && seen.insert($0).inserted }
    }
}
