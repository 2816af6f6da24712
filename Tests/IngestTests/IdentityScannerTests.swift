import Foundation
import PersonalData
import Testing

@testable import Ingest

/// What the identity scan finds in a customer's words, and what it must never take for an address,
/// a phone or an order number: a wrong link merges two people (issue 18).
@Suite("Identity evidence: the text scanner")
struct IdentityScannerTests {
    static let france = IdentityOptions(
        phoneCountry: NationalPhonePlan.named("33"), lexicon: repositoryIdentity.lexicon)
    static let international = IdentityOptions(lexicon: repositoryIdentity.lexicon)

    static func scan(_ text: String, _ options: IdentityOptions = france) -> IdentityScanner.Found {
        IdentityScanner(options: options).scan(text)
    }

    @Test(
        "Addresses are found, lowercased, in French and English sentences",
        arguments: [
            ("Vous pouvez me joindre à Marie.Lefevre@Exemple.fr, merci.", "marie.lefevre@exemple.fr"),
            ("My address is john_doe+shop@mail.example.co.uk.", "john_doe+shop@mail.example.co.uk"),
            ("écrivez-moi (josé@exemple.fr) svp", "josé@exemple.fr"),
            ("mail : «marie@exemple.fr»", "marie@exemple.fr"),
        ])
    func addresses(text: String, address: String) {
        #expect(Self.scan(text).addresses == [address])
    }

    @Test(
        "International phones are normalised to E.164, with or without a configured country",
        arguments: [
            ("Appelez-moi au +33 6 12 34 56 78 demain.", "+33612345678"),
            ("mon numéro : 0033 6 12 34 56 78", "+33612345678"),
            ("Call me on +44 7700 900123 please", "+447700900123"),
            ("my cell is (+1) 415-555-0100.", "+14155550100"),
            ("tél. +33 (0)6 12 34 56 78", "+33612345678"),
            ("+33 06 12 34 56 78 (erreur de saisie du zéro)", "+33612345678"),
            ("Tel:+33 6.12.34.56.78", "+33612345678"),
        ])
    func internationalPhones(text: String, phone: String) {
        #expect(Self.scan(text).phones == [phone])
        #expect(Self.scan(text, Self.international).phones == [phone])
    }

    @Test(
        "National French numbers are phones only when the configuration names France",
        arguments: [
            "Rappelez-moi au 06 12 34 56 78.", "mon portable : 06.12.34.56.78", "call 06-12-34-56-78", "0612345678",
        ])
    func nationalPhones(text: String) {
        #expect(Self.scan(text).phones == ["+33612345678"])
        #expect(Self.scan(text, Self.international).phones.isEmpty)
    }

    @Test(
        "Order numbers of the default form, normalised",
        arguments: [
            ("Ma commande CMD-1234567 n'est jamais arrivée", "CMD1234567"),
            ("order FR 12345678 still missing", "FR12345678"),
            ("ticket AB123456.", "AB123456"),
            ("n°TK#48213, merci", "TK48213"),
        ])
    func orders(text: String, order: String) {
        #expect(Self.scan(text).orders == [order])
    }

    @Test(
        "Never a phone or an order: prices, dates, times, postcodes, IBANs, cards, years, lowercase references",
        arguments: [
            "J'ai payé 1 299,99 € le 03/12/2025 à 10:30.",
            "Paid £129.90 on 2025-12-03 at 10:30, order total 1,234.56",
            "Livraison au 12 rue des Lilas, 75011 Paris, le 12.03.2025",
            "Mon IBAN est FR76 3000 6000 0112 3456 7890 189, remboursez-moi",
            "IBAN GB29 NWBK 6016 1331 9268 19 please",
            "card 4539 1488 0343 6467 was charged twice",
            "carte 4539148803436467 débitée deux fois",
            "réf. produit ab123456 et lot x-12345",
            "Courrier à TSA 70011, 75000 Paris CEDEX",
            "certifié ISO 14001 et EN 13432",
            "virement de EUR 12345,50 reçu",
            "code PIN 123456 reçu par SMS 12345",
            "En 2024 puis en 2025, 12345 clients",
            "ABCD12345 ou A1234567 ou AB1234",
            "version 10.12.34.56.78 du logiciel",
            "IP 80.8.136.186",
        ])
    func mustNotFire(text: String) {
        let found = Self.scan(text)
        #expect(found.phones.isEmpty, "\(found.phones)")
        #expect(found.orders.isEmpty, "\(found.orders)")
        #expect(found.addresses.isEmpty)
    }

    @Test("An address's digits are no phone, and a number glued to a word is none")
    func gluedNumbers() {
        let found = Self.scan("écrire à 0612345678@sms.example.fr ou ref0612345678 ou 0612345678abc")
        #expect(found.addresses == ["0612345678@sms.example.fr"])
        #expect(found.phones.isEmpty)
    }

    @Test("A configured order pattern replaces the default form; its capture group is the number")
    func configuredPattern() throws {
        let options = IdentityOptions(orderPatterns: [try OrderPattern(#"commande n° ?(\d{3}[ -]?\d{3})"#)])
        #expect(Self.scan("Ma commande n° 123-456 et CMD-1234567", options).orders == ["123456"])
        let whole = IdentityOptions(orderPatterns: [try OrderPattern(#"ZX-\d{4}"#)])
        #expect(Self.scan("ticket zx-1234 ou ZX-9876", whole).orders == ["ZX9876"])
    }

    @Test("An invalid order pattern is refused")
    func invalidPattern() {
        #expect(throws: (any Error).self) { try OrderPattern("commande (\\d+") }
    }

    @Test("Fragments too short to be an order or a phone give nothing, however many")
    func shortFragments() {
        let text = String(repeating: "Le colis CMD-12 n'est pas arrivé, +33 6 ", count: 200)
        #expect(Self.scan(text) == IdentityScanner.Found())
    }

    @Test("Only the plans the configuration may name are known")
    func plans() {
        #expect(NationalPhonePlan.named("+33")?.callingCode == "33")
        #expect(NationalPhonePlan.named("0044")?.callingCode == "44")
        #expect(NationalPhonePlan.named("39") == nil)
    }
}
