/// Content-Transfer-Encoding decoders (RFC 2045 §6), tolerant of what real mailers send.
enum TransferDecoder {
    /// Decodes a body according to its `Content-Transfer-Encoding` value; 7bit, 8bit, binary and
    /// unknown encodings pass through unchanged.
    static func decode(_ bytes: ArraySlice<UInt8>, encoding: String?) -> ArraySlice<UInt8> {
        switch encoding?.lowered {
        case "quoted-printable":
            return quotedPrintable(bytes)[...]
        case "base64":
            return base64(bytes)[...]
        default:
            return bytes
        }
    }

    /// Quoted-printable (RFC 2045 §6.7): `=XX` escapes and `=` soft line breaks; a malformed escape is
    /// kept literally, as the RFC recommends.
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                out.append(byte)
                index += 1
                continue
            }
            // Soft line break: `=` then optional transport padding then CRLF or LF.
            var probe = index + 1
            while probe < end, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
            if probe < end, bytes[probe] == 0x0A {
                index = probe + 1
                continue
            }
            if probe + 1 < end, bytes[probe] == 0x0D, bytes[probe + 1] == 0x0A {
                index = probe + 2
                continue
            }
            if probe == end {
                index = end
                continue
            }
            if index + 2 < end, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// Base64 (RFC 2045 §6.8), ignoring line breaks, stray characters and missing or extra padding;
    /// also accepts the URL-safe alphabet.
    static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "=") {
                // Padding ends the data, unless another encoded block starts on a later line
                // (concatenated base64, seen in forwarded parts); text after it on the same line is junk.
                while index < bytes.endIndex,
                    bytes[index] == UInt8(ascii: "=") || bytes[index] == 0x20 || bytes[index] == 0x09
                {
                    index += 1
                }
                guard index < bytes.endIndex, bytes[index] == 0x0D || bytes[index] == 0x0A else { break }
                accumulator = 0
                bits = 0
                continue
            }
            guard let value = base64Value(byte) else { continue }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }

    /// The value of a hexadecimal digit (either case), `nil` otherwise.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return nil
        }
    }
}
