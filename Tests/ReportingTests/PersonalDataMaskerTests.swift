import Testing

@testable import Reporting

@Suite struct PersonalDataMaskerTests {
    @Test(arguments: [
        ("Écrivez-moi à jean.dupont@example.fr svp", "Écrivez-moi à [email] svp"),
        ("mail: a.b+cx@mail.example.com.", "mail: [email]."),
        ("Rappelez-moi au 06 12 34 56 78 demain", "Rappelez-moi au [phone] demain"),
        ("mon numéro 0612345678", "mon numéro [phone]"),
        ("tel +33 6 12 34 56 78.", "tel [phone]."),
        ("call me on +44 20 7946 0958", "call me on [phone]"),
        ("IBAN FR76 3000 6000 0112 3456 7890 189 merci", "IBAN [iban] merci"),
        ("card 4539 1488 0343 6467 was charged twice", "card [card] was charged twice"),
        ("NIR 2 55 08 14 168 025 38", "NIR [nir]"),
    ])
    func masksPersonalData(input: String, expected: String) {
        #expect(PersonalDataMasker.mask(input) == expected)
    }

    @Test(arguments: [
        "Commande n° 123456789 livrée le 12/11/2026",
        "J'ai payé 1 299,90 € pour 2 lampes",
        "order 4539 1488 0343 6468 (not a valid card)",
        "IBAN FR76 3000 6000 0112 3456 7890 188 (wrong check digits)",
        "Rien à masquer ici.",
    ])
    func leavesOrdinaryNumbersAlone(input: String) {
        #expect(PersonalDataMasker.mask(input) == input)
    }

    @Test func luhnAndNIRChecks() {
        #expect(PersonalDataMasker.luhnValid([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]))
        #expect(!PersonalDataMasker.luhnValid([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 8]))
        #expect(PersonalDataMasker.nirValid([2, 5, 5, 0, 8, 1, 4, 1, 6, 8, 0, 2, 5, 3, 8]))
    }
}
