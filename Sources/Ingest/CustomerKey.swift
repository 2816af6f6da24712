import Crypto

/// The pseudonymous customer key: a keyed hash of what identifies a customer (a lowercased mail
/// address, a chat speaker), so that reports can count repeat contacts without holding an address.
///
/// HMAC-SHA256 (RFC 2104) with a secret from `IngestOptions.customerKeySecret` (the nightly run reads
/// it from `VERBATIM_CUSTOMER_KEY_SECRET`): without the secret, nobody can test a guessed address
/// against the key. The first 16 hex digits (64 bits) are plenty to tell customers apart.
public enum CustomerKey {
    /// The key for `identity` (lowercased first) under `secret`: 16 lowercase hex digits.
    public static func key(for identity: String, secret: String) -> String {
        CustomerKeyer(secret: secret).key(for: identity)
    }

    /// The first 8 bytes of `code` as 16 lowercase hex digits.
    static func hex(_ code: HashedAuthenticationCode<SHA256>) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var hex = ""
        hex.reserveCapacity(16)
        for byte in code.prefix(8) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }
}
