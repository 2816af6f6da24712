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

    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (String(decoding: bytes[3...], as: UTF8.self), .utf8BOM)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (CharsetDecoder.decode(bytes[...], as: .windows1252), .windows1252)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // An odd trailing byte cannot be a character; unpaired surrogates become U+FFFD.
        return String(decoding: units, as: UTF16.self)
    }
}
