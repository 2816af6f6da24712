import PersonalData
import Testing

@testable import Reporting

/// Issue 18: an order or ticket number identifies its customer as an address does, so reports
/// mask it, in the forms identity evidence reads (the default form, or the corpus's
/// `order_pattern`s); product codes, postcodes, years, amounts and dates stay readable.
@Suite struct PersonalDataMaskerOrderTests {
    /// The default form, less two prefixes of `lexicons/identity/not-order-prefixes.tsv`.
    static let masker = PersonalDataMasker(orders: OrderNumberForms(excludedPrefixes: ["TSA", "ISO"]))

    @Test(arguments: [
        ("Ma commande CMD-1234567 n'est toujours pas arrivée", "Ma commande [order] n'est toujours pas arrivée"),
        ("Commande n°CMD-4417201 : colis abîmé", "Commande n°[order] : colis abîmé"),
        ("Réf. FR 20931874, merci de me rappeler", "Réf. [order], merci de me rappeler"),
        ("My order AB123456 is two weeks late.", "My order [order] is two weeks late."),
        ("ticket TK#48213 was closed without an answer", "ticket [order] was closed without an answer"),
        ("(CMD-4417201)", "([order])"),
        // With a phone, the text takes the character path: both are masked.
        ("CMD-1234567, rappelez-moi au 06 12 34 56 78", "[order], rappelez-moi au [phone]"),
        ("order GB 123456789 — mail me at jane@example.co.uk", "order [order] — mail me at [email]"),
    ])
    func masksOrderNumbersOfTheDefaultForm(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
        #expect(Self.masker.mask(expected) == expected)
    }

    @Test(arguments: [
        "ref ab123456 en stock",  // lower case: a product reference as often as not
        "cmd-1234567 tapé en minuscules",
        "Livraison à 75011 Paris, CEDEX 12",
        "TSA 70011 (a postcode) and ISO 14001 (a standard)",
        "Depuis 2026 je suis client",
        "Facture de EUR 12345,50 payée",
        "Livré le 12/11/2026 à 14h30",
        "ABCD12345 and AB1234: too many capitals, too few digits",
        "XY12345678901 has eleven digits",
        "Modèle RTX4090 et iPhone 15",
        "XCMD-1234567 glued to a letter",
    ])
    func leavesWhatIsNoOrderNumberAlone(input: String) {
        #expect(Self.masker.mask(input) == input)
    }

    @Test("A configured order_pattern replaces the default form")
    func configuredPatterns() throws {
        let masker = PersonalDataMasker(
            orders: OrderNumberForms(patterns: [try OrderPattern(#"commande n° ?(\d{9})"#)]))
        #expect(masker.mask("commande n° 123456789 livrée") == "commande n° [order] livrée")
        #expect(
            masker.mask("CMD-1234567 n'est plus un numéro de commande")
                == "CMD-1234567 n'est plus un numéro de commande")
        #expect(masker.mask("facture 123456789") == "facture 123456789")
    }

    @Test("--keep-personal-data keeps order numbers")
    func keptWhenAsked() {
        let report = VerbatimsReport(dialect: .rfc4180, keepPersonalData: true, masker: Self.masker)
        #expect(report.protect("Ma commande CMD-1234567") == "Ma commande CMD-1234567")
        #expect(VerbatimsReport(dialect: .rfc4180, masker: Self.masker).protect("CMD-1234567") == "[order]")
    }

    @Test(arguments: [
        ("chats/WhatsApp Chat with +33 6 98 76 54 32.txt", "chats/WhatsApp Chat with [phone].txt"),
        (
            "chats/Discussion WhatsApp avec +44 7700 900456.txt:line 3",
            "chats/Discussion WhatsApp avec [phone].txt:line 3"
        ),
        ("emails/jean.dupont@example.fr.eml", "emails/[email].eml"),
        ("mail/jean.dupont@example.fr/inbox.mbox (bytes 0-4096)", "mail/[email]/inbox.mbox (bytes 0-4096)"),
        ("surveys/commande CMD-4417201.csv:row 2", "surveys/commande [order].csv:row 2"),
        ("chats/2026-11-04-livechat-claire.txt:line 12", "chats/2026-11-04-livechat-claire.txt:line 12"),
        ("reviews/avis_2026-11.json", "reviews/avis_2026-11.json"),
    ])
    func pathsShowNoPersonalData(path: String, expected: String) {
        #expect(VerbatimsReport(dialect: .rfc4180, masker: Self.masker).displayed(path: path) == expected)
        #expect(VerbatimsReport(dialect: .rfc4180, keepPersonalData: true).displayed(path: path) == path)
    }
}
