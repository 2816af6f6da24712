import Testing
import VerbatimModel

@testable import Lexicons

/// The signal ids of the lexicon in the order of their hot spot columns.
@Suite struct SignalLexiconOrderTests {
    @Test func signalsComeOnceInFirstAppearanceOrderWithoutTheExclusionWildcard() throws {
        let french = try TSVTable(
            text: "signal\tpattern\tkind\neffort\trappeler\tterm\nchurn\tresilier\tterm\n*\tpas urgent\texclude\n"
                + "effort\trelancer\tterm\n",
            file: "fr.tsv")
        let english = try TSVTable(
            text: "signal\tpattern\tkind\nurgency\tasap\tterm\nchurn\tcancel\tterm\n", file: "en.tsv")
        let lexicon = try SignalLexicon(tables: [(.fr, french), (.en, english)])
        #expect(lexicon.signals == ["effort", "churn", "urgency"])
    }
}
