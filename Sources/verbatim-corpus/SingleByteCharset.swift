/// Transcodes generated UTF-8 text to the single-byte charsets French mail and Excel still produce.
enum SingleByteCharset: Sendable {
    /// ISO-8859-1: code points up to U+00FF map to themselves; anything else becomes `?`.
    case latin1
    /// Windows-1252: Latin-1 plus the 0x80–0x9F punctuation (€, ’, “ ”, …, œ, – —), per the
    /// Unicode consortium's published cp1252 mapping; emoji become `?` as Excel writes them.
    case windows1252

    /// MIME charset name.
    var mimeName: String {
        self == .latin1 ? "iso-8859-1" : "windows-1252"
    }

    /// Appends `utf8` transcoded to this charset; invalid UTF-8 sequences become `?`.
    func encode(_ utf8: [UInt8], into out: inout [UInt8]) {
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            var scalar: UInt32
            var length: Int
            switch lead {
            case 0xC0..<0xE0: (scalar, length) = (UInt32(lead & 0x1F), 2)
            case 0xE0..<0xF0: (scalar, length) = (UInt32(lead & 0x0F), 3)
            case 0xF0..<0xF8: (scalar, length) = (UInt32(lead & 0x07), 4)
            default: (scalar, length) = (0xFFFD, 1)
            }
            if index + length > utf8.count { length = utf8.count - index }
            for offset in 1..<max(length, 1) { scalar = (scalar << 6) | UInt32(utf8[index + offset] & 0x3F) }
            index += max(length, 1)
            out.append(byte(for: scalar))
        }
    }

    private func byte(for scalar: UInt32) -> UInt8 {
        if scalar >= 0xA0 && scalar <= 0xFF { return UInt8(scalar) }
        if self == .latin1 { return scalar < 0x100 ? UInt8(scalar) : UInt8(ascii: "?") }
        switch scalar {
        case 0x20AC: return 0x80
        case 0x2026: return 0x85
        case 0x0152: return 0x8C
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x0153: return 0x9C
        case 0x0178: return 0x9F
        default: return UInt8(ascii: "?")
        }
    }
}
