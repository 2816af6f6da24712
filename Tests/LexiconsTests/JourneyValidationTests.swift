import Lexicons
import Testing
import VerbatimModel

/// Journey files are validated at load with `file:line: what is wrong`.
struct JourneyValidationTests {
    static let themes: Set<String> = ["delivery", "delivery_delay", "refund", "returns", "chatbot"]
    static let header = "# a test journey\norder\ttouchpoint\tlabel_fr\tlabel_en\tthemes\tchannels\thints\n"

    func load(_ rows: String) throws(LexiconError) -> Journey {
        try Journey(table: TSVTable(text: Self.header + rows, file: "my-journey.tsv"), knownThemes: Self.themes)
    }

    @Test(
        "errors name the file and line",
        arguments: [
            (
                "1\tdelivery\tLivraison\tDelivery\tdelivery, livrason\n",
                "my-journey.tsv:3: unknown theme 'livrason' in touchpoint delivery"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\n2\treturns\tRetours\t\trefund, delivry\n",
                "my-journey.tsv:4: unknown theme 'delivry' in touchpoint returns (did you mean 'delivery'?)"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\n2\tlate\tRetard\t\tdelivery_delay, delivery\n",
                "my-journey.tsv:4: theme 'delivery' is already filed under touchpoint delivery on line 3"
            ),
            (
                "one\tdelivery\tLivraison\t\tdelivery\n",
                "my-journey.tsv:3: order 'one' of touchpoint delivery is not an integer"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\n1\treturns\tRetours\t\treturns\n",
                "my-journey.tsv:4: order 1 already used on line 3"
            ),
            (
                "1\tDelivery Step\tLivraison\t\tdelivery\n",
                "my-journey.tsv:3: touchpoint id 'Delivery Step' must be lowercase letters, digits, '_' or '-'"
            ),
            ("1\tother\tAutre\t\t\n", "my-journey.tsv:3: 'other' is reserved: every journey ends with it"),
            ("1\tdelivery\t\t\tdelivery\n", "my-journey.tsv:3: touchpoint delivery needs a label_fr or a label_en"),
            (
                "1\tdelivery\tLivraison\t\tdelivery\tfax\n",
                "my-journey.tsv:3: unknown channel 'fax' in touchpoint delivery (expected email, chat, review, survey)"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\tchat\n2\tsupport\tSupport\t\tchatbot\tchat\n",
                "my-journey.tsv:4: channel chat already defaults to touchpoint delivery"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\t\tSAV\n2\tsupport\tSAV\t\tchatbot\n",
                "my-journey.tsv:4: name or hint 'SAV' of touchpoint support already names touchpoint delivery"
            ),
            (
                "1\tdelivery\tLivraison\t\tdelivery\t\t\textra\n",
                "my-journey.tsv:3: 8 cells but the header names 7 columns"
            ),
            ("", "my-journey.tsv:1: the journey has no touchpoint"),
        ])
    func errors(rows: String, message: String) {
        #expect {
            _ = try load(rows)
        } throws: { error in
            (error as? LexiconError)?.description == message
        }
    }

    @Test("a missing column is named")
    func missingColumn() {
        #expect {
            _ = try Journey(
                table: TSVTable(text: "order\ttouchpoint\tlabel_fr\n1\ta\tA\n", file: "j.tsv"), knownThemes: [])
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("j.tsv:1: missing column 'label_en'") == true
        }
    }

    @Test("touchpoints come sorted by order, with their lists parsed")
    func parsed() throws {
        let journey = try load(
            "2\treturns\tRetours\tReturns\trefund , returns\temail\tRetour produit\n"
                + "1\tdelivery\tLivraison\t\tdelivery\n")
        #expect(journey.touchpoints.map(\.id) == ["delivery", "returns"])
        #expect(journey.touchpoints[1].themes == ["refund", "returns"])
        #expect(journey.touchpoints[1].channels == [.email])
        #expect(journey.touchpoint(forHint: "retour-produit")?.id == "returns")
        #expect(journey.touchpoint(forHint: "LIVRAISON")?.id == "delivery")
        #expect(journey.touchpoint(forHint: "Facturation") == nil)
    }

    static let contactHeader = "order\ttouchpoint\tlabel_fr\tlabel_en\tthemes\tcontact_themes\tchannels\n"

    @Test(
        "contact_themes is checked like themes",
        arguments: [
            (
                "1\tsupport\tSAV\tSupport\t\tchatbot, chatbt\n",
                "my-journey.tsv:2: unknown theme 'chatbt' in touchpoint support (did you mean 'chatbot'?)"
            ),
            (
                "1\tsupport\tSAV\tSupport\tchatbot\tchatbot\n",
                "my-journey.tsv:2: theme 'chatbot' is listed twice in touchpoint support (a theme is a journey"
                    + " step, in themes, or a contact channel, in contact_themes, or a fallback, in fallback_themes)"
            ),
            (
                "1\tsupport\tSAV\tSupport\t\tchatbot\n2\trefunds\tRemboursement\t\trefund\tchatbot\n",
                "my-journey.tsv:3: theme 'chatbot' is already filed under touchpoint support on line 2"
            ),
        ])
    func contactErrors(rows: String, message: String) {
        #expect {
            _ = try Journey(
                table: TSVTable(text: Self.contactHeader + rows, file: "my-journey.tsv"), knownThemes: Self.themes)
        } throws: { error in
            (error as? LexiconError)?.description == message
        }
    }

    @Test("contact_themes are filed under their touchpoint, after its step themes; without the column, none")
    func contactParsed() throws {
        let journey = try Journey(
            table: TSVTable(
                text: Self.contactHeader + "1\tsupport\tSAV\tSupport\trefund\tchatbot\tchat\n", file: "j.tsv"),
            knownThemes: Self.themes)
        #expect(journey.touchpoints[0].themes == ["refund", "chatbot"])
        #expect(journey.touchpoints[0].contactThemes == ["chatbot"])
        #expect(journey.contactThemes == ["chatbot"])
        #expect(journey.touchpoints[0].channels == [.chat])
        let old = try load("1\tsupport\tSAV\tSupport\trefund, chatbot\n")
        #expect(old.touchpoints[0].themes == ["refund", "chatbot"])
        #expect(old.contactThemes.isEmpty)
    }

    @Test("fallback_themes are filed after the step and contact themes, checked like them; without the column, none")
    func fallbackParsed() throws {
        let header = "order\ttouchpoint\tlabel_fr\tlabel_en\tthemes\tcontact_themes\tfallback_themes\n"
        let journey = try Journey(
            table: TSVTable(text: header + "1\tsupport\tSAV\tSupport\trefund\tchatbot\treturns\n", file: "j.tsv"),
            knownThemes: Self.themes)
        #expect(journey.touchpoints[0].themes == ["refund", "chatbot", "returns"])
        #expect(journey.touchpoints[0].fallbackThemes == ["returns"])
        #expect(journey.contactThemes == ["chatbot"])
        #expect {
            _ = try Journey(
                table: TSVTable(text: header + "1\tsupport\tSAV\tSupport\trefund\t\trefund\n", file: "j.tsv"),
                knownThemes: Self.themes)
        } throws: { error in
            (error as? LexiconError)?.description.contains("theme 'refund' is listed twice") == true
        }
        #expect(try load("1\tsupport\tSAV\tSupport\trefund\n").touchpoints[0].fallbackThemes.isEmpty)
    }
}
