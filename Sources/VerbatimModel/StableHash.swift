/// FNV-1a 64-bit hashing, stable across runs and platforms (unlike `Hasher`, which is seeded per process).
///
/// Used for record identifiers and de-duplication keys, never for anything secret; the customer key
/// uses a keyed hash instead (see `CustomerKey`).
public enum StableHash {
    /// FNV-1a offset basis and prime for 64 bits (Fowler, Noll, Vo; IETF draft-eastlake-fnv).
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `string`, continuing from `seed`: FNV-1a runs
    /// byte by byte, so `value(of: b, seed: value(of: a))` is `value(of: a + b)` with no string built.
    public static func value(of string: String, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// The 64-bit FNV-1a hash of `bytes`, continuing from `seed` so that several files hash as one.
    public static func value(of bytes: some Sequence<UInt8>, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// A well-mixed 16-hex-digit identifier for `string`: FNV-1a followed by the MurmurHash3 64-bit
    /// finaliser, so that neighbouring sources (`line 1`, `line 3`) do not get look-alike ids.
    public static func hex(of string: String) -> String { hex(mix(value(of: string))) }

    /// MurmurHash3's `fmix64` avalanche step (Appleby, public domain).
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// A hash value as 16 lowercase hexadecimal digits.
    public static func hex(_ value: UInt64) -> String {
        let raw = String(value, radix: 16)
        return String(repeating: "0", count: 16 - raw.count) + raw
    }
}
