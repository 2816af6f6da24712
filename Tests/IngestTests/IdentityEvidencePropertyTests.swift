import PropertyBased
import Testing

@testable import Ingest

/// Whatever a customer writes, evidence entries are keys, never the clear text, and the same text
/// gives the same entries on every run.
@Suite("Identity evidence: properties")
struct IdentityEvidencePropertyTests {
    /// Pieces customers write: addresses, phones in every form, order numbers, and what surrounds them.
    static let pieces = [
        "marie.lefevre@exemple.fr", "José@Exemple.fr", "+33 6 12 34 56 78", "06 12 34 56 78", "0033612345678",
        "(+1) 415-555-0100", "CMD-1234567", "FR 12345678", "AB#123456", "1 299,99 €", "03/12/2025", "75011",
        "FR76 3000 6000 0112 3456 7890 189", "4539 1488 0343 6467", "n°", " ", ", ", ".", "\n", "«", "»", "@", "+",
        "(", ")", "-", "merci", "ma commande", "call me",
    ]
    static let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...14).map { $0.joined() }

    @Test("Entries are kind:16 hex digits, sorted, once each, and hold nothing of the text")
    func entriesAreKeys() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            var evidence = IdentityEvidence(options: identityOptions)
            evidence.scan(text)
            let entries = evidence.sorted
            #expect(entries == Array(Set(entries)).sorted())
            for entry in entries {
                let parts = entry.split(separator: ":")
                #expect(parts.count == 2 && ["email", "phone", "order"].contains(String(parts[0])), "\(entry)")
                #expect(parts.last?.count == 16 && parts.last?.allSatisfy { $0.isHexDigit && !$0.isUppercase } == true)
            }
            // No run of 5 digits and no address of the text survives in the entries.
            let found = IdentityScanner(options: identityOptions.identity).scan(text)
            for clear in found.addresses + found.phones + found.orders {
                #expect(!entries.joined().contains(clear.lowercased()), "\(clear)")
            }
        }
    }

    @Test("The same text gives the same entries, whatever the options value that carries the secret")
    func keyingIsStable() async {
        await propertyCheck(count: 200, input: Self.text) { text in
            var first = IdentityEvidence(options: identityOptions)
            first.scan(text)
            var copy = identityOptions
            copy.customerKeySecret = identityOptions.customerKeySecret
            var second = IdentityEvidence(options: copy)
            second.scan(text + " ")
            #expect(first.sorted == second.sorted)
        }
    }
}
