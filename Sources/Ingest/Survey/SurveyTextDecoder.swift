/// Decodes the bytes of a survey export the way the tools that write them encode them.
///
/// - UTF-8, with or without a byte-order mark (Google Forms, Typeform, Qualtrics).
/// - UTF-16 LE or BE with a BOM: Excel's "Unicode text" (tab-separated).
/// - Windows-1252 when the bytes are not valid UTF-8: French Excel's "CSV (séparateur : point-virgule)".
enum SurveyTextDecoder {
    /// The encodings this decoder recognises, as written in the run's format column.
    enum Encoding: String {
        case utf8 = "utf-8"
        case utf8BOM = "utf-8-bom"
        case utf16LE = "utf-16le"
        case utf16BE = "utf-16be"
        case windows1252 = "windows-1252"
    }

    /// The text of a whole file and the encoding it was read as.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        let all = bytes.span
        let encoding = Self.encoding(prefix: all.extracting(0..<min(all.count, 4)), valid: isValidUTF8(all))
        return (decode(bytes, as: encoding, atStart: true), encoding)
    }

    /// The encoding of a file starting with `prefix` whose bytes are all valid UTF-8 or not
    /// (`valid`, asked only when no byte-order mark decides): for a whole file (`decode`) and,
    /// without holding it, for a file read in shards.
    static func encoding(prefix: Span<UInt8>, valid: @autoclosure () -> Bool) -> Encoding {
        if prefix.count >= 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF { return .utf8BOM }
        if prefix.count >= 2, prefix[0] == 0xFF, prefix[1] == 0xFE { return .utf16LE }
        if prefix.count >= 2, prefix[0] == 0xFE, prefix[1] == 0xFF { return .utf16BE }
        return valid() ? .utf8 : .windows1252
    }

    /// A piece of a file whose encoding is already known: `bytes` as `decode` decodes them within
    /// the whole file. `atStart` says whether the piece begins the file (and so its byte-order mark).
    static func decode(_ bytes: [UInt8], as encoding: Encoding, atStart: Bool) -> String {
        switch encoding {
        case .utf8BOM: return String(decoding: atStart ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
        case .utf16LE: return utf16(atStart ? bytes.dropFirst(2) : bytes[...], bigEndian: false)
        case .utf16BE: return utf16(atStart ? bytes.dropFirst(2) : bytes[...], bigEndian: true)
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .windows1252: return CharsetDecoder.decode(bytes[...], as: .windows1252)
        }
    }

    /// True when `bytes` are well-formed UTF-8 as `String(validating:)` judges it (no overlong
    /// forms, surrogates or code points past U+10FFFF; Unicode 15, table 3-7), checked in place.
    static func isValidUTF8(_ bytes: Span<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time: most of any export.
            if i + 8 <= n,
                (bytes[i] | bytes[i + 1] | bytes[i + 2] | bytes[i + 3] | bytes[i + 4] | bytes[i + 5] | bytes[i + 6]
                    | bytes[i + 7]) & 0x80 == 0
            {
                i += 8
                continue
            }
            let c = bytes[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: (need, low) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: (need, high) = (2, 0x9F)
            case 0xF0: (need, low) = (3, 0x90)
            case 0xF1...0xF3: need = 3
            case 0xF4: (need, high) = (3, 0x8F)
            default: return false
            }
            guard i + need < n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            if need >= 2 {
                for k in 2...need where bytes[i + k] & 0xC0 != 0x80 { return false }
            }
            i += need + 1
        }
        return true
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // An odd trailing byte cannot be a character; unpaired surrogates become U+FFFD.
        return String(decoding: units, as: UTF16.self)
    }
}
