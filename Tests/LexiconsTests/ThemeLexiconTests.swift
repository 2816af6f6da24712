import Lexicons
import Testing
import VerbatimModel

/// Loading and validating theme and signal term files.
struct ThemeLexiconTests {
    static let taxonomy =
        "# test\ntheme\tfamily\tlabel_fr\tlabel_en\ndelivery\tdelivery\tLivraison\tDelivery\nreturns\tcommerce\tRetour\tReturn\n"

    func load(fr: String) throws(LexiconError) -> ThemeLexicon {
        try ThemeLexicon(
            taxonomy: TSVTable(text: Self.taxonomy, file: "themes.tsv"),
            termTables: [(.fr, try TSVTable(text: "theme\tpattern\tkind\tnote\n" + fr, file: "fr.tsv"))])
    }

    @Test(
        "term rows are checked with file:line",
        arguments: [
            ("livrason\tlivraison\tterm\n", "fr.tsv:2: unknown theme 'livrason'"),
            ("delivry\tlivraison\tterm\n", "fr.tsv:2: unknown theme 'delivry' (did you mean 'delivery'?)"),
            ("delivery\tlivraison\tfuzzy\n", "fr.tsv:2: unknown kind 'fuzzy' (expected term, exact, exclude)"),
            ("delivery\tli*\tterm\n", "fr.tsv:2: pattern 'li*': stem 'li*' is shorter than 3 letters"),
            ("delivery\t~ colis\tterm\n", "fr.tsv:2: pattern '~ colis': a gap '~' cannot start a pattern"),
            ("delivery\tcolis ~\tterm\n", "fr.tsv:2: pattern 'colis ~': a gap '~' cannot end a pattern"),
            ("delivery\tco*lis\tterm\n", "fr.tsv:2: pattern 'co*lis': '*' is only allowed at the end of a word"),
            (
                "delivery\tcolis !\tterm\n",
                "fr.tsv:2: pattern 'colis !': punctuation '!' cannot be matched; write words only"
            ),
            ("delivery\t\tterm\n", "fr.tsv:2: pattern '': empty pattern"),
            (
                "delivery\tlivraison\tterm\ndelivery\tLivraison\tterm\n",
                "fr.tsv:3: pattern 'Livraison' for theme 'delivery' repeats line 2"
            ),
            ("*\tlivraison\tterm\n", "fr.tsv:2: unknown theme '*'"),
        ])
    func errors(rows: String, message: String) {
        #expect {
            _ = try load(fr: rows)
        } throws: { error in
            (error as? LexiconError)?.description == message
        }
    }

    @Test("patterns parse into folded words, stems, gaps and numbers")
    func patterns() throws {
        let lexicon = try load(
            fr: "delivery\tRetard ~ l'Expédition* <number>\tterm\ndelivery\tlivré\texact\nreturns\ten retour\texclude\n"
        )
        #expect(
            lexicon.terms[0].pattern.elements == [.word("retard"), .gap, .word("l'"), .prefix("expedition"), .number])
        #expect(lexicon.terms[1].pattern.elements == [.accented("livré", folded: "livre")])
        #expect(lexicon.terms[2].kind == .exclude)
        #expect(lexicon.terms.allSatisfy { $0.language == .fr })
    }

    @Test(
        "the taxonomy rejects duplicates and missing labels",
        arguments: [
            (
                "delivery\td\tLivraison\tDelivery\ndelivery\td\tLivraison\tDelivery\n",
                "themes.tsv:3: theme 'delivery' already defined on line 2"
            ),
            ("delivery\td\tLivraison\t\n", "themes.tsv:2: theme 'delivery' needs both label_fr and label_en"),
            (
                "Delivery\td\tLivraison\tDelivery\n",
                "themes.tsv:2: theme id 'Delivery' must be lowercase letters, digits, '_' or '-'"
            ),
        ])
    func taxonomyErrors(rows: String, message: String) {
        #expect {
            _ = try ThemeLexicon(
                taxonomy: TSVTable(text: "theme\tfamily\tlabel_fr\tlabel_en\n" + rows, file: "themes.tsv"),
                termTables: [])
        } throws: { error in
            (error as? LexiconError)?.description == message
        }
    }

    @Test("signal rows need identifier ids")
    func signalIDs() {
        #expect {
            _ = try SignalLexicon(tables: [
                (.en, try TSVTable(text: "signal\tpattern\tkind\nChurn Risk\tcancel\tterm\n", file: "en.tsv"))
            ])
        } throws: { error in
            (error as? LexiconError)?.description
                == "en.tsv:2: signal 'Churn Risk' must be lowercase letters, digits, '_' or '-'"
        }
    }
}
