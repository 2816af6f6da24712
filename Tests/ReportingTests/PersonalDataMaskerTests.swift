import Testing

@testable import Reporting

/// What a report may show of a verbatim: personal data masked in every form customers write it,
/// and the order numbers, amounts, dates and times they also write left readable.
@Suite struct PersonalDataMaskerTests {
    /// A few words of `lexicons/common/personal-data-context.tsv`, as the pipeline hands them over.
    static let masker = PersonalDataMasker(
        context: PersonalDataContext(
            card: ["carte", "carte bancaire", "cb", "card", "visa", "paid"],
            order: ["commande", "order", "order number", "ref", "suivi", "tracking", "facture", "invoice", "ticket"],
            phone: ["tel", "telephone", "portable", "mobile", "appelez", "call", "numero", "number"]))

    @Test(arguments: [
        ("Écrivez-moi à jean.dupont@example.fr svp", "Écrivez-moi à [email] svp"),
        ("mail: a.b+cx@mail.example.com.", "mail: [email]."),
        // Internationalised local parts (RFC 6531): an accent must not leave the address in clear.
        ("écrivez à josé@example.fr svp", "écrivez à [email] svp"),
        ("contact: françois.müller@example.com", "contact: [email]"),
    ])
    func masksEmailAddresses(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    /// A number glued to a letter is part of a longer token whatever the script of the letter (the
    /// ASCII fast path of the word-start test must not forget accented letters and other digits).
    @Test(arguments: [
        ("Zoé0612345678", "Zoé0612345678"),
        ("Zoé 0612345678", "Zoé [phone]"),
        ("\u{0663}0612345678", "\u{0663}0612345678"),
    ])
    func gluedToNonASCIILettersOrDigits(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(arguments: [
        ("Rappelez-moi au 06 12 34 56 78 demain", "Rappelez-moi au [phone] demain"),
        ("mon numéro 0612345678", "mon numéro [phone]"),
        ("Tél.06.12.34.56.78, merci", "Tél.[phone], merci"),
        ("tel +33 6 12 34 56 78.", "tel [phone]."),
        ("tel +33 (0)6 12 34 56 78.", "tel [phone]."),
        ("joignable au 0033 6 12 34 56 78", "joignable au [phone]"),
        ("appelez le 06 12 34\n56 78 svp", "appelez le [phone] svp"),
        ("appelez le 06 12 34 \r\n 56 78 svp", "appelez le [phone] svp"),
        ("06-12-34-56-78", "[phone]"),
        ("call me on +44 20 7946 0958", "call me on [phone]"),
        ("my mobile is 07700 900123 thanks", "my mobile is [phone] thanks"),
        ("ring +44 (0)7700 900123 today", "ring [phone] today"),
        ("office (0)20 7946 0958 ext", "office [phone] ext"),
        ("text me on 07700\n900123", "text me on [phone]"),
        ("gsm 0470 12 34 56 (Bruxelles)", "gsm [phone] (Bruxelles)"),
        ("bureau 02 123 45 67", "bureau [phone]"),
        ("+32 470 12 34 56", "[phone]"),
        ("Zürich 044 668 18 00", "Zürich [phone]"),
        ("+41 44 668 18 00", "[phone]"),
        ("Berlin 030 12345678", "Berlin [phone]"),
        ("Handy 0151 12345678", "Handy [phone]"),
        ("Büro 030/1234567", "Büro [phone]"),
        ("móvil 612 34 56 78", "móvil [phone]"),
        ("fijo 91 123 45 67", "fijo [phone]"),
        ("tel 612345678", "tel [phone]"),
        ("+34 612 34 56 78", "[phone]"),
        ("cellulare 333 123 4567", "cellulare [phone]"),
        ("Roma +39 06 1234 5678", "Roma [phone]"),
        ("mobile 3331234567", "mobile [phone]"),
        ("Büro +49 (0) 30 12345678", "Büro [phone]"),
        ("office (020) 7946 0958", "office [phone]"),
        ("Natel 079 123 45 67", "Natel [phone]"),
        ("Madrid +34 91 123 45 67", "Madrid [phone]"),
        ("tel:+33612345678", "tel:[phone]"),
    ])
    func masksPhoneNumbersInNationalAndInternationalForms(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(arguments: [
        ("IBAN FR76 3000 6000 0112 3456 7890 189 merci", "IBAN [iban] merci"),
        ("iban fr76 3000 6000 0112 3456 7890 189", "iban [iban]"),
        ("FR76-3000-6000-0112-3456-7890-189.", "[iban]."),
        ("FR7630006000011234567890189", "[iban]"),
        ("Mon IBAN FR76\n3000 6000 0112 3456 7890 189 merci", "Mon IBAN [iban] merci"),
        ("IBAN FR76 3000 6000 0112 \r\n3456 7890 189", "IBAN [iban]"),
        ("refund to GB29 NWBK 6016 1331 9268 19 please", "refund to [iban] please"),
        ("gb29nwbk60161331926819", "[iban]"),
        ("Konto DE89 3704 0044 0532 0130 00", "Konto [iban]"),
        ("BE68 5390 0754 7034", "[iban]"),
        ("CH93 0076 2011 6238 5295 7", "[iban]"),
        ("ES91 2100 0418 4502 0005 1332", "[iban]"),
        ("IT60 X054 2811 1010 0000 0123 456", "[iban]"),
    ])
    func masksIBANsInAnyCaseAndGrouping(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(arguments: [
        ("card 4539 1488 0343 6467 was charged twice", "card [card] was charged twice"),
        ("4539148803436467", "[card]"),
        ("Mastercard 5555-5555-5555-4444", "Mastercard [card]"),
        ("amex 3782 822463 10005", "amex [card]"),
        ("6011 1111 1111 1117", "[card]"),
        ("3530 1113 3330 0000", "[card]"),
        ("ma carte 1234 5678 9012 3452 a été débitée", "ma carte [card] a été débitée"),
        ("paid with my card, 1234567890123452", "paid with my card, [card]"),
    ])
    func masksCardNumbersWithAnIssuerOrACardWord(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(arguments: [
        ("NIR 2 55 08 14 168 025 38", "NIR [nir]"),
        ("sécu 255081416802538.", "sécu [nir]."),
        ("née à Ajaccio, NIR 2 84 12 2A 451 089 80", "née à Ajaccio, NIR [nir]"),
        ("Bastia 1.84.12.2B.451.089.60", "Bastia [nir]"),
        ("NIR 2 84 12\n2A 451 089 80 svp", "NIR [nir] svp"),
        ("NIR 2 84 12 2A \r\n451 089 80", "NIR [nir]"),
    ])
    func masksFrenchSocialSecurityNumbersWithCorsicanDepartments(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(arguments: [
        "Commande n° 123456789 livrée le 12/11/2026",
        "Commande 1234 5678 9012 3452 bien reçue",
        "n° de commande 4539148803436467",
        "My order number is 4539 1488 0343 6467",
        "Order #5555 5555 5555 4444 arrived late",
        "facture 612345678 du mois dernier",
        "invoice 3331234567 is wrong",
        "ticket 912 345 678",
        "order 4539 1488 0343 6468 (not a valid card)",
        "IBAN FR76 3000 6000 0112 3456 7890 188 (wrong check digits)",
        "NIR 2 84 12 2A 451 089 81 (wrong key)",
        "suivi colis 6A12345678901 et 8R01234567890",
        "tracking 1Z999AA10123456784",
        "tracking number 00340434161234567890",
    ])
    func leavesOrderAndTrackingNumbersAlone(input: String) {
        #expect(Self.masker.mask(input) == input)
    }

    @Test(arguments: [
        "J'ai payé 1 299,90 € pour 2 lampes",
        "Total 612 345 678 € de chiffre d'affaires",
        "it cost 1,234,567.89 USD",
        "prix : 0 612 345 678,00 euros",
        "Livré le 12/03/2025 à 14:30",
        "livré le 03.12.2025 10:30",
        "delivered 2025-03-12 at 10:30",
        "entre 08:30 et 18:00, du 01 au 15",
        "Livré au 12 rue de la Paix, 75002 Paris",
        "BP 123 13001 Marseille Cedex 01",
        "Rien à masquer ici.",
        "version 3.0612345678 du logiciel",
        "123456789 visiteurs en 2025",
        "score 0.131313131\t5 étoiles",
        "Received: from mail1.example.com [80.8.136.186]",
        "host 63-100-47-43.example.org",
        "les chiffres 66.28907 59.03125",
    ])
    func leavesAmountsDatesTimesAndPostcodesAlone(input: String) {
        #expect(Self.masker.mask(input) == input)
    }

    @Test func withoutContextWordsCardsNeedAnIssuerAndBarePhonesAGrouping() {
        let bare = PersonalDataMasker()
        #expect(bare.mask("4539 1488 0343 6467") == "[card]")
        #expect(bare.mask("1234 5678 9012 3452") == "1234 5678 9012 3452")
        #expect(bare.mask("612 34 56 78") == "[phone]")
        #expect(bare.mask("612345678") == "612345678")
        #expect(bare.mask("06 12 34 56 78") == "[phone]")
    }

    @Test(
        "A list of phone numbers masks each one whole, whatever joins them",
        arguments: [
            ("tel 0033612345678 / 06 12 34 56 78", "tel [phone] / [phone]"),
            ("tel 0033612345678 - 06 12 34 56 78", "tel [phone] - [phone]"),
            ("tel +33612345678 06 12 34 56 78", "tel [phone] [phone]"),
        ])
    func masksEachNumberOfAList(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(
        "Hyphens and dashes of word processors join groups like '-'",
        arguments: [
            ("tel 06\u{2011}12\u{2011}34\u{2011}56\u{2011}78 merci", "tel [phone] merci"),
            ("tel 06\u{2013}12 34 56 78", "tel [phone]"),
            ("IBAN FR76\u{2010}3000\u{2010}6000\u{2010}0112\u{2010}3456\u{2010}7890\u{2010}189", "IBAN [iban]"),
            ("NIR 2\u{2212}84\u{2212}12\u{2212}2A\u{2212}451\u{2212}089\u{2212}80", "NIR [nir]"),
        ])
    func masksNumbersJoinedByUnicodeDashes(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test(
        "Fullwidth digits and letters typed in CJK input mode are masked like ASCII ones",
        arguments: [
            ("tel ０６ １２ ３４ ５６ ７８", "tel [phone]"),
            ("IBAN ＦＲ76 3000 6000 0112 3456 7890 189", "IBAN [iban]"),
            ("écrire à ｍａｒｉｅ＠ｅｘａｍｐｌｅ．ｆｒ", "écrire à [email]"),
        ])
    func masksFullwidthForms(input: String, expected: String) {
        #expect(Self.masker.mask(input) == expected)
    }

    @Test("Fullwidth text that is not personal data is written as it was")
    func leavesOtherFullwidthTextAsWritten() {
        #expect(Self.masker.mask("ＬＡＭＰＥ cassée，commande １２３４５６７８") == "ＬＡＭＰＥ cassée，commande １２３４５６７８")
        #expect(Self.masker.mask("联系人：洪武，电话：０６ １２ ３４ ５６ ７８。") == "联系人：洪武，电话：[phone]。")
    }

    @Test func theNearestContextWordDecides() {
        #expect(Self.masker.mask("commande payée par carte 4539 1488 0343 6467") == "commande payée par carte [card]")
        #expect(
            Self.masker.mask("carte refusée pour la commande 4539 1488 0343 6467")
                == "carte refusée pour la commande 4539 1488 0343 6467")
    }

    @Test func checkDigits() {
        #expect(CardIssuer.luhnValid([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]))
        #expect(!CardIssuer.luhnValid([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 8]))
        #expect(NIRNumber.keyValid(Array("255081416802538")))
        #expect(NIRNumber.keyValid(Array("284122A45108980")))
        #expect(NIRNumber.keyValid(Array("184122B45108960")))
        #expect(!NIRNumber.keyValid(Array("184122A45108960")))
        #expect(IBANNumber.checksumValid(Array("NL91ABNA0417164300")))
        #expect(IBANNumber.checksumValid(Array("nl91abna0417164300")))
        #expect(!IBANNumber.checksumValid(Array("NL91ABNA0417164301")))
    }
}
