import Lexicons
import Tagging
import Testing
import VerbatimModel

/// The pattern syntax an analyst writes, pinned on a small inline lexicon.
struct PatternMatchingTests {
    static let tagger: Result<Tagger, LexiconError> = Result { () throws(LexiconError) in
        let taxonomy = try TSVTable(
            text: """
                theme\tfamily\tlabel_fr\tlabel_en
                late\tt\tRetard\tLate
                parcel\tt\tColis\tParcel
                refund\tt\tRemboursement\tRefund
                times\tt\tFois\tTimes
                book\tt\tLivre\tBook
                wrap\tt\tEmballage\tWrapping
                price\tt\tPrix\tPrice
                sent\tt\tEnvoi\tSending
                """, file: "themes.tsv")
        let terms = try TSVTable(
            text: """
                theme\tpattern\tkind
                late\tretard ~ colis\tterm
                parcel\tcolis\tterm
                parcel\tservice client\tterm
                refund\trembours*\tterm
                refund\tmon remboursement\texclude
                times\t<number> fois\tterm
                book\tlivré\texact
                wrap\tpapier cadeau*\tterm
                price\tprix <number> $\tterm
                sent\tbien livré\texact
                sent\tbien envoye\texact
                """, file: "fr.tsv")
        let journey = try Journey(
            table: TSVTable(
                text:
                    "order\ttouchpoint\tlabel_fr\tlabel_en\tthemes\n1\tall\tTout\tAll\tlate, parcel, refund, times, book, wrap, price, sent\n",
                file: "j.tsv"),
            knownThemes: ["late", "parcel", "refund", "times", "book", "wrap", "price", "sent"])
        let themes = try ThemeLexicon(taxonomy: taxonomy, termTables: [(.fr, terms)])
        let signals = try SignalLexicon(tables: [(.fr, try TSVTable(text: "signal\tpattern\tkind\n", file: "s.tsv"))])
        return Tagger(themes: themes, signals: signals, journey: journey)
    }

    func themes(_ text: String) throws -> [String] {
        try Self.tagger.get().tag(TaggingFixture.verbatim(text), language: .fr, sentiment: .neutral).themes.map(\.theme)
    }

    @Test(
        "a gap skips zero to three words, never punctuation",
        arguments: [
            ("retard colis", ["late"]), ("retard de mon colis", ["late"]), ("retard de mon gros colis", ["late"]),
            ("retard de mon très gros colis", ["parcel"]), ("retard. colis", ["parcel"]),
        ])
    func gaps(text: String, expected: [String]) throws {
        #expect(try themes(text) == expected)
    }

    @Test(
        "stems, numbers, hyphens, accents and exact accents",
        arguments: [
            ("Remboursée ?", ["refund"]), ("REMBOURSEMENTS", ["refund"]), ("rembo", []),
            ("appelé 12 fois", ["times"]), ("douze fois", []),
            ("le service-client", ["parcel"]), ("le Service Client", ["parcel"]),
            ("Colís", ["parcel"]), ("livré hier", ["book"]), ("livre hier", []), ("LIVRÉ", ["book"]),
        ])
    func elements(text: String, expected: [String]) throws {
        #expect(try themes(text) == expected)
    }

    @Test(
        "stems, exact accents, numbers and currency after the first word; quotes do not cut a sequence",
        arguments: [
            ("papier cadeaux", ["wrap"]), ("papier-cadeau", ["wrap"]), ("papier cadre", []), ("papier kdo", []),
            ("prix 10 $", ["price"]), ("prix 10 €", []), ("prix 10 .", []),
            ("bien livré", ["sent"]), ("livré bien", ["book"]), ("bien livre", []), ("Bien LIVRÉ", ["sent"]),
            ("BIEN LIVRE", []), ("Bien ENVOYE", ["sent"]), ("bien envoyé", []), ("bien envoyes", []),
            ("retard « colis »", ["late"]), ("retard \"colis\"", ["late"]), ("retard ! colis", ["parcel"]),
        ])
    func laterElements(text: String, expected: [String]) throws {
        #expect(try themes(text) == expected)
    }

    @Test("an exclusion cancels only the overlapping matches of its theme")
    func exclusion() throws {
        #expect(try themes("mon remboursement") == [])
        #expect(try themes("mon remboursement, puis rembourser le colis") == ["refund", "parcel"])
    }
}
