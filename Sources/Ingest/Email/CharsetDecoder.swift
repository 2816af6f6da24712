/// Turns the bytes of a MIME part or header into text, from the charset the message declares.
///
/// Foundation's IANA charset table is not available on Linux, so the charsets support mail really uses
/// are decoded here by hand. `iso-8859-1` is decoded as windows-1252, as the WHATWG Encoding Standard
/// prescribes, because mail clients label cp1252 text (curly quotes, €, œ) as Latin-1 all the time.
enum CharsetDecoder {
    /// The charsets decoded exactly.
    enum Charset: Sendable, Equatable {
        case utf8
        /// us-ascii: 8-bit bytes are a labelling mistake; read as UTF-8 when valid, else cp1252.
        case ascii
        case windows1252
        case latin9
        case utf16BigEndian
        case utf16LittleEndian
        /// utf-16 with an optional byte-order mark (big-endian without one, RFC 2781).
        case utf16
    }

    /// The charset named `label` (a MIME `charset` parameter), `nil` when unknown.
    static func charset(named label: String) -> Charset? {
        var name = ""
        for scalar in label.unicodeScalars where scalar != "\"" && scalar != "'" && scalar != " " {
            name.unicodeScalars.append(scalar)
        }
        switch name.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return .utf8
        case "", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "iso-ir-6", "cp367", "default":
            return .ascii
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
            "iso_8859-1:1987", "iso-ir-100", "windows-1252", "cp1252", "x-cp1252", "cp-1252", "win-1252":
            return .windows1252
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "iso-8859-15:1998":
            return .latin9
        case "utf-16be", "unicodefffe":
            return .utf16BigEndian
        case "utf-16le":
            return .utf16LittleEndian
        case "utf-16", "unicode", "ucs-2", "utf16":
            return .utf16
        default:
            return nil
        }
    }

    /// Decodes `bytes` as `label`; `known` is false when the label was not recognised and the text is
    /// a best-effort decode (UTF-8 when valid, else windows-1252).
    static func decode(_ bytes: ArraySlice<UInt8>, charset label: String?) -> (text: String, known: Bool) {
        guard let label, !label.isEmpty else {
            return (decode(bytes, as: .ascii), true)
        }
        if let charset = charset(named: label) {
            return (decode(bytes, as: charset), true)
        }
        return (decode(bytes, as: .ascii), false)
    }

    /// Decodes `bytes` as `charset`. Never fails: invalid sequences become U+FFFD or cp1252 letters.
    static func decode(_ bytes: ArraySlice<UInt8>, as charset: Charset) -> String {
        switch charset {
        case .utf8, .ascii:
            if let text = String(validating: bytes, as: UTF8.self) {
                return text
            }
            // Mislabelled 8-bit text is far more often cp1252 than broken UTF-8.
            return singleByte(bytes, high: windows1252High)
        case .windows1252:
            return singleByte(bytes, high: windows1252High)
        case .latin9:
            return latin9(bytes)
        case .utf16BigEndian:
            return utf16(bytes, bigEndian: true)
        case .utf16LittleEndian:
            return utf16(bytes, bigEndian: false)
        case .utf16:
            if bytes.count >= 2, bytes[bytes.startIndex] == 0xFF, bytes[bytes.startIndex + 1] == 0xFE {
                return utf16(bytes.dropFirst(2), bigEndian: false)
            }
            if bytes.count >= 2, bytes[bytes.startIndex] == 0xFE, bytes[bytes.startIndex + 1] == 0xFF {
                return utf16(bytes.dropFirst(2), bigEndian: true)
            }
            return utf16(bytes, bigEndian: true)
        }
    }

    /// Decodes raw header bytes (RFC 6532 allows UTF-8; older software sends Latin-1 raw).
    static func decodeRaw(_ bytes: ArraySlice<UInt8>) -> String {
        decode(bytes, as: .ascii)
    }

    /// windows-1252 code points for bytes 0x80–0x9F (WHATWG index-windows-1252); the five undefined
    /// bytes map to the C1 control of the same value.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func singleByte(_ bytes: ArraySlice<UInt8>, high: [UInt32]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte <= 0x9F, let scalar = Unicode.Scalar(high[Int(byte) - 0x80]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// ISO-8859-15 differs from Latin-1 in eight positions (€, Š, š, Ž, ž, Œ, œ, Ÿ).
    private static func latin9(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 0xA4: value = 0x20AC
            case 0xA6: value = 0x0160
            case 0xA8: value = 0x0161
            case 0xB4: value = 0x017D
            case 0xB8: value = 0x017E
            case 0xBC: value = 0x0152
            case 0xBD: value = 0x0153
            case 0xBE: value = 0x0178
            default: value = UInt32(byte)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
