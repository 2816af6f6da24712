import Ingest
import Testing

/// Repeat-contact counts rest on the customer key: the same person must get the same key in every
/// channel and every run, and nobody without the secret may recompute it.
@Suite struct CustomerKeyTests {
    /// RFC 4231 test case 2 (key "Jefe"): the key is the first 16 hex digits of HMAC-SHA256.
    @Test func isTheStandardHMACSHA256() {
        #expect(CustomerKey.key(for: "what do ya want for nothing?", secret: "Jefe") == "5bdcc146bf60754e")
    }

    @Test func preparedKeyerGivesTheSameKeysAndIgnoresCase() {
        let keyer = CustomerKeyer(secret: "nightly-secret")
        #expect(
            keyer.key(for: "Marie.Lefevre@Exemple.fr")
                == CustomerKey.key(for: "marie.lefevre@exemple.fr", secret: "nightly-secret"))
        #expect(keyer.key(for: "a@b.example") == keyer.key(for: "a@b.example"))
        #expect(keyer.key(for: "a@b.example") != CustomerKeyer(secret: "other-secret").key(for: "a@b.example"))
    }

    @Test func changingTheSecretOfTheOptionsChangesTheKeyer() {
        var options = IngestOptions()
        options.customerKeySecret = "rotated"
        #expect(options.customerKeyer.key(for: "x@y.example") == CustomerKey.key(for: "x@y.example", secret: "rotated"))
    }
}
