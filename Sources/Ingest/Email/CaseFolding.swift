/// Fast lowercasing, accent folding and byte-wise matching for the marker lists of the readers.
///
/// `String.lowercased()` and Foundation's `contains` cost microseconds per line on accented text
/// (measured: 17 µs and 9 µs for an 80-character French line), which made clean-up the bottleneck of
/// mailbox reading; the markers only need ASCII and Latin-1 case mapping, done here scalar by scalar.
enum CaseFolding {
    /// `text` lowercased: ASCII and Latin-1 letters (the markers' alphabet); other scripts unchanged.
    static func lower(_ text: some StringProtocol) -> String {
        map(text, fold: false)
    }

    /// `text` lowercased, with the accents of Latin letters removed (`Conseillère` → `conseillere`),
    /// combining accents dropped and no-break spaces made spaces.
    static func fold(_ text: some StringProtocol) -> String {
        map(text, fold: true)
    }

    /// One pass over the UTF-8 bytes; building bytes and decoding once is much cheaper than
    /// appending scalars to a string.
    private static func map(_ text: some StringProtocol, fold: Bool) -> String {
        let bytes = text.utf8
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                continue
            }
            guard index != bytes.endIndex else {
                out.append(byte)
                break
            }
            let next = bytes[index]
            if byte == 0xC3 {
                index = bytes.index(after: index)
                // U+00C0–U+00DE uppercase (except × U+00D7) → +0x20.
                let lowered = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                if fold, let base = latinBase(lowered) {
                    out.append(contentsOf: base)
                } else {
                    out.append(0xC3)
                    out.append(lowered)
                }
            } else if byte == 0xC5 && (next == 0x92 || next == 0x93) {
                index = bytes.index(after: index)
                if fold {
                    out.append(contentsOf: [0x6F, 0x65])
                } else {
                    out.append(contentsOf: [0xC5, 0x93])
                }
            } else if fold && byte == 0xC2 && next == 0xA0 {
                index = bytes.index(after: index)
                out.append(0x20)
            } else if fold && (byte == 0xCC || (byte == 0xCD && next <= 0xAF)) && next >= 0x80 {
                // Combining diacritical marks U+0300–U+036F.
                index = bytes.index(after: index)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The unaccented letters of lowercase Latin-1 letters, given the second byte of `C3 xx`.
    private static func latinBase(_ second: UInt8) -> [UInt8]? {
        switch second {
        case 0xA0...0xA5: return [0x61]
        case 0xA6: return [0x61, 0x65]
        case 0xA7: return [0x63]
        case 0xA8...0xAB: return [0x65]
        case 0xAC...0xAF: return [0x69]
        case 0xB1: return [0x6E]
        case 0xB2...0xB6, 0xB8: return [0x6F]
        case 0xB9...0xBC: return [0x75]
        case 0xBD, 0xBF: return [0x79]
        default: return nil
        }
    }
}

extension StringProtocol {
    /// The text lowercased by `CaseFolding.lower` (fast on ASCII and Latin-1).
    var lowered: String { CaseFolding.lower(self) }

    /// True when the UTF-8 bytes of `prefix` start these bytes (no Unicode equivalence, and fast).
    @inline(__always)
    func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// True when the UTF-8 bytes of `needle` occur in these bytes.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard hay.count >= pin.count else { return false }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count, hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
