import Foundation

/// Folding of the Latin letters French and English text uses (U+00C0…U+024F) to ASCII, precomputed
/// once so that the byte tokenizer folds `é`, `Ç`, `œ` without touching Foundation per token.
///
/// Each entry is up to two lowercase ASCII bytes (`œ` → `oe`, `ß` → `ss`); a zero first byte means
/// "not a Latin letter we fold". The table follows Unicode's canonical decompositions (base letter
/// without its combining mark), with the ligatures expanded as French spelling rules do.
///
/// The tables are `GrowBuffer`s, written once in `init` and never changed, so the tokenizer reads
/// them through unchecked views (an array subscript checks its bounds at every letter).
struct LatinFolding: Sendable {
    /// First scalar covered.
    static let first: UInt32 = 0xC0
    /// Last scalar covered.
    static let last: UInt32 = 0x24F

    /// Number of scalars covered.
    static let size = Int(last - first + 1)

    /// `packed[scalar - first]`: folded bytes packed as `b0 | b1 << 8`, 0 when not folded.
    let packed: GrowBuffer<UInt16>
    /// `upper[scalar - first]`: the letter is a capital.
    let upper: GrowBuffer<Bool>

    /// The shared table, built once (Foundation's NFD is used here only, never per token).
    static let shared = LatinFolding()

    private init() {
        var packed = [UInt16](repeating: 0, count: Int(Self.last - Self.first + 1))
        var upper = [Bool](repeating: false, count: packed.count)
        for value in Self.first...Self.last {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let index = Int(value - Self.first)
            upper[index] = scalar.properties.isUppercase
            let folded: String
            switch value {
            case 0xC6, 0xE6: folded = "ae"
            case 0x152, 0x153: folded = "oe"
            case 0xDF: folded = "ss"
            case 0xD0, 0xF0, 0x110, 0x111: folded = "d"
            case 0xD8, 0xF8: folded = "o"
            case 0x141, 0x142: folded = "l"
            case 0xDE, 0xFE: folded = "th"
            case 0x131: folded = "i"
            default:
                // Canonical decomposition (NFD): the first scalar is the base letter.
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                folded = String(base)
            }
            let ascii = Array(folded.lowercased().utf8)
            guard !ascii.isEmpty, ascii.count <= 2, ascii.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            packed[index] = UInt16(ascii[0]) | (ascii.count > 1 ? UInt16(ascii[1]) << 8 : 0)
        }
        self.packed = GrowBuffer(packed, blank: 0)
        self.upper = GrowBuffer(upper, blank: false)
    }
}
